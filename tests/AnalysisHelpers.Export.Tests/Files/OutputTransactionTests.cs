namespace AnalysisHelpers.Export.Tests.Files;

/// <summary>Writes under an open transaction appear together at the commit or not at all; a commit a killed process
/// left halfway is finished by the next <see cref="OutputTransaction.Recover"/>, which also removes unfinished writes.</summary>
public sealed class OutputTransactionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_and_deletes_wait_for_the_commit_and_then_appear_together()
    {
        File.WriteAllText(_folder.Combine("old.txt"), "old");
        File.WriteAllText(_folder.Combine("gone.txt"), "to delete");

        using (var transaction = OutputTransaction.Begin(_folder.Path))
        {
            AtomicFile.WriteAllText(_folder.Combine("old.txt"), "new");
            AtomicFile.WriteAllText(_folder.Combine("sub", "added.txt"), "added");
            AtomicFile.Delete(_folder.Combine("gone.txt"));

            Assert.Equal("old", File.ReadAllText(_folder.Combine("old.txt")));
            Assert.False(File.Exists(_folder.Combine("sub", "added.txt")));
            Assert.True(File.Exists(_folder.Combine("gone.txt")));
            Assert.Equal("new", File.ReadAllText(OutputTransaction.ContentPath(_folder.Combine("old.txt"))!));
            Assert.Null(OutputTransaction.ContentPath(_folder.Combine("gone.txt")));

            transaction.Commit();
        }

        Assert.Equal(["old.txt", "sub/added.txt"], _folder.Files());
        Assert.Equal("new", File.ReadAllText(_folder.Combine("old.txt")));
    }

    [Fact]
    public void Without_a_commit_the_folder_keeps_exactly_its_previous_files()
    {
        File.WriteAllText(_folder.Combine("old.txt"), "old");

        using (OutputTransaction.Begin(_folder.Path))
        {
            AtomicFile.WriteAllText(_folder.Combine("old.txt"), "new");
            AtomicFile.WriteAllText(_folder.Combine("added.txt"), "added");
            AtomicFile.Delete(_folder.Combine("old.txt"));
        }

        Assert.Equal(["old.txt"], _folder.Files());
        Assert.Equal("old", File.ReadAllText(_folder.Combine("old.txt")));
    }

    [Fact]
    public void The_manifest_hashes_what_a_file_will_hold_after_the_commit()
    {
        File.WriteAllText(_folder.Combine("report.html"), "old");
        using var transaction = OutputTransaction.Begin(_folder.Path);
        AtomicFile.WriteAllText(_folder.Combine("report.html"), "new content");

        var manifest = new ManifestBuilder(_folder.Path, _folder.Path, "1.0.0").AddOutput("report.html", OutputKind.ReportHtml).Build();

        Assert.Equal(ManifestBuilder.Hash(OutputTransaction.ContentPath(_folder.Combine("report.html"))!), (manifest.Outputs[0].Size, manifest.Outputs[0].Sha256));
        Assert.Equal("new content".Length, manifest.Outputs[0].Size);
    }

    [Fact]
    public void Recover_finishes_a_commit_a_killed_process_left_halfway_and_removes_unfinished_writes()
    {
        // What a process killed during Commit leaves: the journal, one rename done, one still to do, one delete.
        const string temp = ".b.txt.0123456789abcdef0123456789abcdef.tmp";
        File.WriteAllText(_folder.Combine("a.txt"), "new a");
        File.WriteAllText(_folder.Combine(temp), "new b");
        File.WriteAllText(_folder.Combine("b.txt"), "old b");
        File.WriteAllText(_folder.Combine("gone.txt"), "old");
        File.WriteAllText(_folder.Combine(OutputTransaction.JournalName),
            """{"Renames":[{"Temp":".a.txt.fedcba9876543210fedcba9876543210.tmp","Target":"a.txt"},{"Temp":".b.txt.0123456789abcdef0123456789abcdef.tmp","Target":"b.txt"}],"Deletes":["gone.txt"]}""");
        // And an unfinished write of another run, killed before its commit.
        Directory.CreateDirectory(_folder.Combine("charts"));
        File.WriteAllText(_folder.Combine("charts", ".c.svg.00112233445566778899aabbccddeeff.tmp"), "half");
        File.WriteAllText(_folder.Combine(".keep.tmp"), "not a workbook temporary file");

        var removed = OutputTransaction.Recover(_folder.Path);

        Assert.Equal(1, removed);
        Assert.Equal([".keep.tmp", "a.txt", "b.txt"], _folder.Files());
        Assert.Equal("new a", File.ReadAllText(_folder.Combine("a.txt")));
        Assert.Equal("new b", File.ReadAllText(_folder.Combine("b.txt")));
    }

    [Fact]
    public void A_write_that_fails_names_its_file_not_the_temporary_one()
    {
        Directory.CreateDirectory(_folder.Combine("report.html"));

        var error = Assert.Throws<OutputWriteException>(() => AtomicFile.WriteAllText(_folder.Combine("report.html"), "x"));

        Assert.Equal($"{_folder.Combine("report.html")}: cannot write: it is a folder", error.Message);
        Assert.DoesNotContain(".tmp", error.Message, StringComparison.Ordinal);
    }
}
