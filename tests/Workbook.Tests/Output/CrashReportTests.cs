namespace Workbook.Tests.Output;

public sealed class CrashReportTests
{
    [Fact]
    public void An_unexpected_exception_goes_to_a_file_with_its_stack_trace_and_the_line_says_where()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("planted");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var line = CrashReport.Write(thrown);

        Assert.StartsWith("details in ", line, StringComparison.Ordinal);
        var path = line["details in ".Length..];
        try
        {
            var text = File.ReadAllText(path);
            Assert.Contains("InvalidOperationException: planted", text, StringComparison.Ordinal);
            Assert.Contains(nameof(An_unexpected_exception_goes_to_a_file_with_its_stack_trace_and_the_line_says_where), text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
