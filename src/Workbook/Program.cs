using System.CommandLine;
using Workbook;

PhaseTimes.Start();

var parsed = WorkbookCommandLine.Parse(args);
// Everything the commands print is escaped for the terminal; the kernel's doors speak a protocol and print their own.
if (!IsKernelDoor(parsed.CommandResult))
{
    Console.SetOut(TextWriter.Synchronized(new TerminalWriter(Console.Out)));
    Console.SetError(TextWriter.Synchronized(new TerminalWriter(Console.Error)));
}

using var interrupts = Interrupts.Listen();
// Signals are handled by Interrupts alone; System.CommandLine's own handler would end the process after a grace
// period even while the browser is still closing. Its action token is linked to ours, so both name the same request.
// Exceptions are handled here rather than by its default handler: after a signal, a browser killed together with this
// process (Ctrl+C reaches the whole process group) fails its calls, and that is part of the interruption, not an error.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
int code;
try
{
    code = await parsed.InvokeAsync(configuration, interrupts.Token);
}
catch (Exception) when (interrupts.Requested)
{
    code = interrupts.ExitCode;
}
catch (OperationCanceledException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (Exception e)
{
    // A failure no command expected is a bug in the workbook: one line for the user, the stack trace in a file for
    // the bug report (the tests' stack-trace checks still catch the line: it names the exception without a location).
    Console.Error.WriteLine($"workbook: internal error, {e.GetType().Name}: {e.Message} ({CrashReport.Write(e)})");
    return 1;
}

if (!interrupts.Requested)
    return code;
interrupts.ReportStopped(Console.Error);
return interrupts.ExitCode;

static bool IsKernelDoor(System.CommandLine.Parsing.SymbolResult? result)
{
    for (; result is not null; result = result.Parent)
        if (result is System.CommandLine.Parsing.CommandResult { Command.Name: "kernel" }) return true;
    return false;
}
