using System.Text;
using System.Threading.Channels;

namespace AnalysisHelpers.Kernel.Stdio;

/// <summary>
/// The lines a kernel generation reads: standard input, pumped by the server, so that the server can see every
/// command first (a <c>Quit</c> may end this generation rather than the process) and can end one reader without
/// closing standard input.
/// </summary>
internal sealed class CommandLines : TextReader
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(string line) => _lines.Writer.TryWrite(line);

    /// <summary>Readers see the end of the input once the lines already added are read.</summary>
    public void Complete() => _lines.Writer.TryComplete();

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override Task<string?> ReadLineAsync() => ReadLineAsync(CancellationToken.None).AsTask();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _lines.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public override int Peek() => -1;

    public override int Read() => throw new NotSupportedException("the protocol is read line by line");
}

/// <summary>A writer whose <c>Dispose</c> leaves the stream open: each kernel generation disposes its host, and
/// with it its sender, but standard output outlives them all.</summary>
internal sealed class SharedWriter(TextWriter inner) : TextWriter
{
    private readonly Lock _gate = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_gate) inner.Write(value);
    }

    public override void Write(string? value)
    {
        lock (_gate) inner.Write(value);
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            inner.Write(value);
            inner.Write('\n');
            inner.Flush();
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Flush()
    {
        lock (_gate) inner.Flush();
    }

    public override Task FlushAsync() => Task.Run(Flush);

    protected override void Dispose(bool disposing) => Flush();
}
