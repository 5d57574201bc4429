namespace Workbook.Output;

/// <summary>One workbook command at a time writes an output folder: the lock is the file <c>.workbook.lock</c> in it,
/// held open with <see cref="FileShare.None"/>, which .NET turns into an exclusive <c>flock</c> on Unix and a share
/// lock on Windows. The system drops it when the process ends, however it ends, so a killed command never leaves the
/// folder locked.</summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".workbook.lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another process holds it.</summary>
    public static OutputLock? TryAcquire(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            return new OutputLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && IsSharingViolation(e))
        {
            return null;
        }
    }

    // The runtime reports a lock held elsewhere as a plain IOException; other I/O failures carry their errno.
    private static bool IsSharingViolation(IOException e) =>
        e.GetType() == typeof(IOException) && (e.HResult == unchecked((int)0x80070020) || e.Message.Contains("being used by another process", StringComparison.Ordinal));

    public void Dispose() => _stream.Dispose();
}
