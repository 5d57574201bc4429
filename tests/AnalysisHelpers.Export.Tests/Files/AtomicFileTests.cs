namespace AnalysisHelpers.Export.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_is_written_as_utf8_without_bom_and_leaves_no_temp_file()
    {
        var path = _folder.Combine("sub", "out.txt");

        AtomicFile.WriteAllText(path, "héllo");

        Assert.Equal([0x68, 0xC3, 0xA9, 0x6C, 0x6C, 0x6F], File.ReadAllBytes(path));
        Assert.Equal(["sub/out.txt"], _folder.Files());
    }

    [Fact]
    public void Overwriting_replaces_the_whole_content()
    {
        var path = _folder.Combine("out.bin");
        AtomicFile.WriteAllBytes(path, new byte[1000]);

        AtomicFile.WriteAllBytes(path, [1, 2, 3]);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.bin"], _folder.Files());
    }

    [Fact]
    public void Failure_while_writing_keeps_the_old_file_and_removes_the_temp_file()
    {
        var path = _folder.Combine("report.html");
        AtomicFile.WriteAllText(path, "old complete content");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new partial"u8);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("interrupted", error.Message);
        Assert.Equal("old complete content", File.ReadAllText(path));
        Assert.Equal(["report.html"], _folder.Files());
    }

    [Fact]
    public void Failure_to_replace_the_target_removes_the_temp_file()
    {
        var path = _folder.Combine("taken");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<Exception>(() => AtomicFile.WriteAllText(path, "content"));

        Assert.Empty(_folder.Files());
        Assert.True(Directory.Exists(path));
    }
}
