using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace AnalysisHelpers.Kernel.Stdio;

/// <summary>
/// The cells the stdio door has read and the kernel has not begun, so that a Cancel also stops those. The stock
/// Cancel stops only the command the kernel is running: a cell still on its way (behind the kernel's deferred setup,
/// or sent just before the Cancel) is failed at once by the client, yet the kernel runs it later all the same, and a
/// <c>while (true) {}</c> in it then blocks every later cell. The Jupyter door has the same rule for an interrupt
/// that arrives before its cell started (<c>ExecuteHandler</c>).
/// </summary>
/// <remarks>
/// The door sees every command line before the kernel does (<see cref="StdioKernelServer"/> pumps standard input), so
/// a Cancel line is read after the lines of the cells it was meant for, whatever the kernel has done with them yet.
/// </remarks>
internal sealed class QueuedCells
{
    public const string CancelledMessage = "the cell was cancelled before it started";

    private readonly Lock _gate = new();
    private readonly HashSet<string> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cancelled = new(StringComparer.Ordinal);

    /// <summary>Notes a command line the door is about to hand to the kernel.</summary>
    public void Read(string commandType, string? token)
    {
        if (token is null) return;
        lock (_gate)
        {
            if (commandType == nameof(SubmitCode)) _waiting.Add(token);
            else if (commandType == nameof(Cancel))
            {
                _cancelled.UnionWith(_waiting);
                _waiting.Clear();
            }
        }
    }

    /// <summary>A command reached the kernel; false when the cell it belongs to was cancelled before it began.</summary>
    public bool Begin(KernelCommand command)
    {
        var root = RootToken(command.GetOrCreateToken());
        lock (_gate)
        {
            _waiting.Remove(root);
            return !_cancelled.Contains(root);
        }
    }

    /// <summary>Refuses, in the kernel's own pipeline, every command of a cell cancelled before it began.</summary>
    public void UseIn(CompositeKernel kernel) =>
        kernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is not Cancel && !Begin(command))
            {
                context.Fail(command, new OperationCanceledException(CancelledMessage), CancelledMessage);
                return;
            }

            await next(command, context);
        }, "workbook-stdio-cancel-queued");

    /// <summary>The command type and token of a command envelope line; nulls when the line is not one.</summary>
    public static (string? CommandType, string? Token) Header(string line)
    {
        // Most lines are SubmitCode or language-service requests; only a line that could be an envelope is parsed.
        if (!line.Contains("\"commandType\"", StringComparison.Ordinal)) return (null, null);
        try
        {
            using var envelope = JsonDocument.Parse(line);
            var root = envelope.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null);
            var type = root.TryGetProperty("commandType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var token = root.TryGetProperty("token", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            return (type, token);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    // Commands a cell splits into carry its token with a suffix: "T.1", "T.2", ...
    private static string RootToken(string token) => token.Split('.')[0];
}
