namespace AnalysisHelpers.Tests.Fixtures;

/// <summary>A small valid data folder (sources, claims and their schemas) and the one article it cites, written to a
/// temp folder. Tests replace single rows to break one rule at a time.</summary>
public sealed class ClaimsFolder : IDisposable
{
    public const string ClaimsHeader =
        "claim_id,source_id,source_line,category,subject,item,metric,value,value_low,value_high,unit,qualifier,period,as_stated,attribution,statement,note";

    /// <summary>Claim rows in file order; row i stands on line i + 2 of claims.csv.</summary>
    public static readonly string[] ValidClaims =
    [
        "C001,demo,2,training_cost,DeepSeek,DeepSeek-V3,training_cost,6000000,,,USD,claimed,,approximately $6 million,DeepSeek,It says training cost about 6 million USD.,",
        "C002,demo,3,training_cost,OpenAI,GPT-4,training_cost,,100000000,,USD,lower_bound,,$100 million+,article,GPT-4 cost over 100 million USD.,",
        "C003,demo,4,funding,China,,funding_change,0.3,,,fraction,exact,2025-Q1,30%,PitchBook,Funding fell 30%.,",
        "C004,demo,4,funding,China,,vc_funding_total,1200000000,,,USD,exact,2025-Q1,$1.2 billion,PitchBook,\"Funding was $1.2 billion, it says.\",",
        "C005,demo,4,funding,China,,deal_count,144,,,count,exact,2025-Q1,144 deals,PitchBook,There were 144 deals.,",
        "C006,demo,1,company,DeepSeek,,model_release,,,,none,exact,,Cheap model,article,A cheap model came out.,",
    ];

    public const string SourcesCsv =
        "source_id,file_name,title,outlet,kind,date,note\n" +
        "demo,article.txt,Cheap model shakes the industry,Example Times,news,2025-04,\n";

    public const string Article =
        "Cheap model shakes the industry\n" +
        "The lab says it trained the model for approximately $6 million.\n" +
        "Rivals spent $100 million+ on theirs.\n" +
        "Venture funding fell 30% to $1.2 billion across 144 deals.\n";

    public const string SourcesSchema = """
        {
          "fields": [
            { "name": "source_id", "constraints": { "required": true, "unique": true } },
            { "name": "file_name", "constraints": { "required": true } },
            { "name": "title" }, { "name": "outlet" }, { "name": "kind" }, { "name": "date" }, { "name": "note" }
          ],
          "primaryKey": "source_id"
        }
        """;

    public const string ClaimsSchema = """
        {
          "fields": [
            { "name": "claim_id", "constraints": { "required": true, "unique": true } },
            { "name": "source_id", "constraints": { "required": true } },
            { "name": "source_line", "type": "integer", "constraints": { "required": true, "minimum": 1 } },
            { "name": "category", "constraints": { "required": true } },
            { "name": "subject" }, { "name": "item" }, { "name": "metric" },
            { "name": "value", "type": "number" },
            { "name": "value_low", "type": "number" },
            { "name": "value_high", "type": "number" },
            { "name": "unit", "constraints": { "required": true, "enum": ["USD", "CNY", "count", "fraction", "year", "years", "rank", "multiple", "none"] } },
            { "name": "qualifier", "constraints": { "required": true, "enum": ["exact", "approximate", "lower_bound", "upper_bound", "range", "projected", "claimed", "rumored", "estimate"] } },
            { "name": "period" },
            { "name": "as_stated", "constraints": { "required": true } },
            { "name": "attribution" }, { "name": "statement" }, { "name": "note" }
          ],
          "primaryKey": "claim_id",
          "foreignKeys": [ { "fields": "source_id", "reference": { "resource": "sources", "fields": "source_id" } } ]
        }
        """;

    private readonly TempFolder _root = new();

    /// <summary>Writes the folder with <paramref name="claims"/> as the claim rows (the valid ones by default).</summary>
    public ClaimsFolder(IEnumerable<string>? claims = null)
    {
        DataPath = Path.Combine(_root.Path, "data");
        ArticlesPath = Path.Combine(_root.Path, "articles");
        Directory.CreateDirectory(DataPath);
        Directory.CreateDirectory(ArticlesPath);
        WriteData("sources.csv", SourcesCsv);
        WriteData("sources.schema.json", SourcesSchema);
        WriteData("claims.schema.json", ClaimsSchema);
        WriteClaims(claims ?? ValidClaims);
        File.WriteAllText(Path.Combine(ArticlesPath, "article.txt"), Article);
    }

    public string DataPath { get; }
    public string ArticlesPath { get; }

    /// <summary>The valid rows with row <paramref name="index"/> replaced.</summary>
    public static ClaimsFolder WithRow(int index, string row)
    {
        var rows = ValidClaims.ToArray();
        rows[index] = row;
        return new ClaimsFolder(rows);
    }

    public void WriteClaims(IEnumerable<string> rows) =>
        WriteData("claims.csv", string.Concat(new[] { ClaimsHeader }.Concat(rows).Select(line => line + "\n")));

    public void WriteData(string name, string text) => File.WriteAllText(Path.Combine(DataPath, name), text);

    public void Dispose() => _root.Dispose();
}
