using AnalysisHelpers.Kernel.Jupyter.Tests.Support;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Clients;

/// <summary>
/// The kernel driven by jupyter_client's KernelManager from the installed kernelspec (Python/kernel_tests.py): every
/// message the kernel sends in each scenario is checked against messaging spec 5.3 (Python/message_spec.py).
/// </summary>
[Collection(JupyterClientsCollection.Name)]
public sealed class JupyterClientTests(InstalledKernel kernel)
{
    [Fact]
    public void Kernel_info_reports_protocol_5_3_and_csharp_on_shell_and_control() => Run("kernel_info");

    [Fact]
    public void Execute_sends_stream_display_update_and_result_messages_and_charts_as_plotly_json() => Run("every_output");

    [Fact]
    public void A_failing_cell_sends_an_error_with_traceback_and_stop_on_error_aborts_queued_cells() => Run("errors");

    [Fact]
    public void Complete_inspect_and_is_complete_answer_from_the_engine() => Run("language");

    [Fact]
    public void Interrupt_stops_an_endless_loop_and_the_next_cell_gets_its_reply() => Run("interrupt");

    [Fact]
    public void Restart_starts_a_fresh_process_and_shutdown_ends_it_with_exit_0() => Run("restart_shutdown");

    [Fact]
    public void Console_ReadLine_asks_the_front_end_through_stdin_when_it_allows_input() => Run("stdin");

    [Fact]
    public void After_a_front_end_connects_again_the_next_chart_carries_plotly_js_again() => Run("reconnect");

    [Fact]
    public void A_message_with_a_wrong_signature_gets_no_reply_and_runs_nothing() => Run("signing");

    [Fact]
    public void Jupyter_kernelspec_list_shows_the_installed_kernel_with_its_display_name()
    {
        ExternalTools.RequirePython();
        kernel.AssertInstalled();
        var jupyter = Path.Combine(Path.GetDirectoryName(ExternalTools.Python)!, "jupyter");
        var result = ProcessRunner.Run(jupyter, ["kernelspec", "list", "--json"], kernel.Root, kernel.Environment, TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, result.Both);
        var spec = System.Text.Json.Nodes.JsonNode.Parse(result.StdOut)!["kernelspecs"]![kernel.KernelName];
        Assert.NotNull(spec);
        Assert.StartsWith(kernel.Prefix, (string?)spec["resource_dir"], StringComparison.Ordinal);
        Assert.Equal(AnalysisHelpers.Kernel.Jupyter.KernelSpecs.KernelSpec.DisplayName, (string?)spec["spec"]!["display_name"]);
    }

    private void Run(string scenario)
    {
        ExternalTools.RequirePython();
        kernel.AssertInstalled();
        var result = kernel.RunPython("kernel_tests.py", [scenario, kernel.Notebooks], TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"{scenario}: {result.Both}");
        Assert.Contains($"{scenario}: 0 problems", result.StdOut, StringComparison.Ordinal);
    }
}
