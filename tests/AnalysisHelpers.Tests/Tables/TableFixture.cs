using System.Text;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Tests.Tables;

/// <summary>Reads CSV text given in a test against a small schema, also given in the test.</summary>
internal static class TableFixture
{
    /// <summary>id: required, pattern; amount: number, minimum 0; deals: integer; kind: enum; note: free text.
    /// The primary key is id.</summary>
    public const string Schema = """
        {
          "fields": [
            { "name": "id", "type": "string", "constraints": { "required": true, "pattern": "[a-z]+[0-9]" } },
            { "name": "amount", "type": "number", "constraints": { "minimum": 0 } },
            { "name": "deals", "type": "integer" },
            { "name": "kind", "type": "string", "constraints": { "enum": ["news", "blog"] } },
            { "name": "note", "type": "string" }
          ],
          "missingValues": [""],
          "primaryKey": "id"
        }
        """;

    public const string Header = "id,amount,deals,kind,note";

    public static Table Read(string csv, string schema = Schema) => ReadBytes(Encoding.UTF8.GetBytes(csv), schema);

    public static Table ReadBytes(byte[] bytes, string schema = Schema) =>
        TableReader.Read(bytes, "t.csv", TableSchema.Parse(schema, "t.schema.json"));

    public static IReadOnlyList<DataValidationError> Errors(string csv, string schema = Schema) =>
        ErrorsOfBytes(Encoding.UTF8.GetBytes(csv), schema);

    public static IReadOnlyList<DataValidationError> ErrorsOfBytes(byte[] bytes, string schema = Schema) =>
        Assert.Throws<DataValidationException>(() => ReadBytes(bytes, schema)).Errors;

    /// <summary>The single error the text produces.</summary>
    public static DataValidationError OneError(string csv, string schema = Schema) => Assert.Single(Errors(csv, schema));
}
