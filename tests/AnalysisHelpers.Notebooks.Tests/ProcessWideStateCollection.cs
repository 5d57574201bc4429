namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>
/// Tests that look at the console writers or the working directory after a run: they must not overlap with
/// another test's run, which changes both while it lasts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "Process-wide state";
}
