namespace Workbook.Tests.Notebooks;

/// <summary>Notebook runs change the working directory and the console writers of the whole process while they last,
/// so these tests run on their own, after the tests that may run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebooks";
}
