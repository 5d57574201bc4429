namespace Workbook.Tests.Commands;

public sealed class RunCacheTests : IDisposable
{
    private readonly TempFolder _folder = new("workbook-cache");
    private string _dir => _folder.Path;
    private readonly string _data;
    private readonly string _notebook;
    private readonly string _out;

    public RunCacheTests()
    {
        _data = Path.Combine(_dir, "data");
        _out = Path.Combine(_dir, "out");
        Directory.CreateDirectory(_data);
        Directory.CreateDirectory(_out);
        File.WriteAllText(Path.Combine(_data, "claims.csv"), "claim_id\nC001\n");
        _notebook = Path.Combine(_dir, "01.dib");
        File.WriteAllText(_notebook, "#!csharp\n\n1 + 1\n");
        File.WriteAllText(Path.Combine(_out, "01.ipynb"), "{}");
    }

    public void Dispose() => _folder.Dispose();

    private string Key(string options = "a", string? articles = null) => RunCache.ComputeKey([_notebook], _data, articles, options);

    [Fact]
    public void Same_inputs_give_the_same_key_and_a_fresh_cache()
    {
        RunCache.Record(_out, Key(), [Path.Combine(_out, "01.ipynb")]);

        Assert.Equal(Key(), Key());
        Assert.True(RunCache.IsFresh(_out, Key()));
    }

    [Fact]
    public void Changing_data_notebook_or_options_changes_the_key()
    {
        var before = Key();
        File.AppendAllText(Path.Combine(_data, "claims.csv"), "C002\n");
        var afterData = Key();
        File.AppendAllText(_notebook, "// edited\n");
        var afterNotebook = Key();

        Assert.NotEqual(before, afterData);
        Assert.NotEqual(afterData, afterNotebook);
        Assert.NotEqual(afterNotebook, Key(options: "b"));
    }

    [Fact]
    public void Touching_a_file_without_changing_it_keeps_the_key()
    {
        var before = Key();
        File.SetLastWriteTimeUtc(_notebook, DateTime.UtcNow.AddMinutes(5));

        Assert.Equal(before, Key());
    }

    [Fact]
    public void A_deleted_or_edited_output_makes_the_cache_stale()
    {
        var output = Path.Combine(_out, "01.ipynb");
        RunCache.Record(_out, Key(), [output]);
        File.WriteAllText(output, "{\"edited\": true}");
        Assert.False(RunCache.IsFresh(_out, Key()));

        RunCache.Record(_out, Key(), [output]);
        File.Delete(output);
        Assert.False(RunCache.IsFresh(_out, Key()));
    }

    [Fact]
    public void No_record_or_another_key_is_not_fresh()
    {
        Assert.False(RunCache.IsFresh(_out, Key()));
        RunCache.Record(_out, Key(), [Path.Combine(_out, "01.ipynb")]);
        Assert.False(RunCache.IsFresh(_out, Key(options: "other")));
        RunCache.Forget(_out);
        Assert.False(RunCache.IsFresh(_out, Key()));
    }

    [Fact]
    public void Editing_an_article_changes_the_key_though_its_path_stays_the_same()
    {
        var articles = Path.Combine(_dir, "seeds");
        Directory.CreateDirectory(articles);
        var article = Path.Combine(articles, "000_a2a4fd713c5a1f9a.txt");
        File.WriteAllText(article, "Line one.\nIt cost $6 million.\n");
        var before = Key(articles: articles);
        RunCache.Record(_out, before, [Path.Combine(_out, "01.ipynb")]);

        File.WriteAllText(article, "Line one.\nIt cost $9 million.\n");

        Assert.NotEqual(before, Key(articles: articles));
        Assert.False(RunCache.IsFresh(_out, Key(articles: articles)));
    }
}
