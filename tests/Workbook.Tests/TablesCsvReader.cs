using System.Text;

namespace Workbook.Tests;

/// <summary>A strict RFC 4180 reader for the exported tables, written apart from the writer so the two are checked
/// against each other: CRLF records, quoted fields with doubled quotes, nothing after a closing quote.</summary>
internal static class TablesCsvReader
{
    public static List<Dictionary<string, string>> ReadRecords(string path)
    {
        var rows = Parse(File.ReadAllText(path, new UTF8Encoding(false, true)));
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Length, r.Length);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }

    public static string[] ReadHeader(string path) => Parse(File.ReadAllText(path))[0];

    public static List<string[]> Parse(string csv)
    {
        Assert.EndsWith("\r\n", csv);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            var c = csv[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (!(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')))
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }
                i++;
                Assert.True(i == csv.Length || csv[i] is ',' or '\r', $"text after a closing quote at {i}");
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c == '\r')
            {
                Assert.Equal('\n', csv[i + 1]);
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += 2;
            }
            else
            {
                Assert.False(c is '"' or '\n', $"unquoted {(c == '"' ? "quote" : "line feed")} at {i}");
                field.Append(c);
                i++;
            }
        }
        return rows;
    }
}
