using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// The operating-system process of a launched browser, so that a browser that does not close when asked, or a process
/// that must end now, can kill it with its children. Playwright does not expose the process it launched; the browser
/// tells its own id over the DevTools protocol (<c>SystemInfo.getProcessInfo</c>). The start time guards against a
/// reused process id: a process that is not the one recorded is never signalled.
/// </summary>
internal sealed class BrowserProcess
{
    private static readonly ConcurrentDictionary<BrowserProcess, byte> Live = new();

    private readonly int _id;
    private readonly DateTime _started;

    private BrowserProcess(int id, DateTime started)
    {
        _id = id;
        _started = started;
    }

    public int Id => _id;

    /// <summary>Asks the browser for its process id; null when it cannot say (the process is then left to Playwright).</summary>
    public static async Task<BrowserProcess?> FindAsync(IBrowser browser, BrowserWatch watch, CancellationToken cancel)
    {
        try
        {
            var info = await watch.RunAsync(async () =>
            {
                var session = await browser.NewBrowserCDPSessionAsync().ConfigureAwait(false);
                try
                {
                    return await session.SendAsync("SystemInfo.getProcessInfo").ConfigureAwait(false);
                }
                finally
                {
                    await session.DetachAsync().ConfigureAwait(false);
                }
            }, "asking for its process id", cancel).ConfigureAwait(false);
            if (info is not { } root || !root.TryGetProperty("processInfo", out var list))
                return null;
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.GetProperty("type").GetString() != "browser")
                    continue;
                var id = entry.GetProperty("id").GetInt32();
                using var process = Process.GetProcessById(id);
                var found = new BrowserProcess(id, process.StartTime);
                Live[found] = 0;
                return found;
            }
        }
        catch (Exception e) when (e is ChartRenderException or ArgumentException or InvalidOperationException or KeyNotFoundException
                                      or JsonException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
        }
        return null;
    }

    /// <summary>Kills the browser and every process it started, if it still runs.</summary>
    public void Kill()
    {
        Live.TryRemove(this, out _);
        try
        {
            using var process = Process.GetProcessById(_id);
            if (process.StartTime == _started)
                process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception
                                      or NotSupportedException)
        {
            // Gone already.
        }
    }

    /// <summary>Forgets a browser that closed normally.</summary>
    public void Closed() => Live.TryRemove(this, out _);

    /// <summary>Kills every browser this process launched and has not closed.</summary>
    public static void KillAll()
    {
        foreach (var browser in Live.Keys)
            browser.Kill();
    }
}
