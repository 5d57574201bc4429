using AnalysisHelpers.Kernel.Jupyter.Connection;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Connection;

public sealed class ConnectionFileTests
{
    [Fact]
    public void A_connection_file_as_jupyter_client_writes_it_gives_the_addresses_and_key()
    {
        const string json = """
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "workbook-csharp"}
            """;

        var file = ConnectionFile.Parse(json, "kernel-1.json");

        Assert.Equal("tcp://127.0.0.1:5001", file.Address(file.ShellPort));
        Assert.Equal("tcp://127.0.0.1:5005", file.Address(file.HeartbeatPort));
        Assert.Equal("abc", file.Key);
    }

    [Fact]
    public void Every_missing_or_bad_field_is_reported_at_once_naming_the_file()
    {
        const string json = """{"shell_port": "5001", "iopub_port": 70000, "ip": "127.0.0.1", "signature_scheme": "hmac-md5"}""";

        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse(json, "bad.json"));

        foreach (var part in new[] { "\"shell_port\" must be a port", "\"iopub_port\" must be a port", "\"stdin_port\" is missing",
                                     "\"control_port\" is missing", "\"hb_port\" is missing", "\"key\" is missing", "hmac-md5" })
        {
            Assert.Contains("bad.json: " , error.Message, StringComparison.Ordinal);
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_that_does_not_parse_is_reported_at_its_line_and_column()
    {
        var error = Assert.Throws<ConnectionFileException>(() => ConnectionFile.Parse("{\n  \"ip\": ,\n}", "broken.json"));

        Assert.StartsWith("broken.json:2:", error.Message, StringComparison.Ordinal);
    }
}
