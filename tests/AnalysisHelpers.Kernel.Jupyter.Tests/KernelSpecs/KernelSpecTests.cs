using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.KernelSpecs;

public sealed class KernelSpecTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kernelspec-tests-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Install_writes_kernel_json_that_starts_the_given_workbook_with_the_connection_file_and_two_logos()
    {
        var target = KernelSpec.Install(_folder, "wb-test", ["/opt/dotnet/dotnet", "/x/workbook.dll"], "1.2.3");

        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(target, "kernel.json")))!;
        Assert.Equal(["/opt/dotnet/dotnet", "/x/workbook.dll", "kernel", "jupyter", "--connection-file", "{connection_file}"],
            spec["argv"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("csharp", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Equal(KernelSpec.DisplayName, (string?)spec["display_name"]);
        foreach (var logo in new[] { "logo-32x32.png", "logo-64x64.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(target, logo));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    [Fact]
    public void Installing_again_replaces_the_spec_and_uninstall_removes_it()
    {
        KernelSpec.Install(_folder, "wb-test", ["a"], "1");
        KernelSpec.Install(_folder, "wb-test", ["b"], "2");

        Assert.Contains("\"b\"", File.ReadAllText(Path.Combine(_folder, "wb-test", "kernel.json")), StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFileSystemEntries(_folder));
        Assert.True(KernelSpec.Uninstall(_folder, "wb-test"));
        Assert.False(Directory.Exists(Path.Combine(_folder, "wb-test")));
        Assert.False(KernelSpec.Uninstall(_folder, "wb-test"));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("has space")]
    public void A_name_jupyter_would_not_accept_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => KernelSpec.Install(_folder, name, ["a"], "1"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
