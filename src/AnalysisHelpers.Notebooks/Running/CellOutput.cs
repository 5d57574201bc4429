namespace AnalysisHelpers.Notebooks.Running;

/// <summary>One output of an executed cell, modelled on the Jupyter output types.</summary>
public abstract record CellOutput;

/// <summary>A value shown with <c>display(...)</c>: mime type to content.</summary>
public sealed record DisplayDataOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;

/// <summary>The value of the expression a cell ends with.</summary>
public sealed record ExecuteResultOutput(int ExecutionCount, IReadOnlyDictionary<string, string> Data) : CellOutput;

/// <summary>Text the cell wrote to the console; <paramref name="Name"/> is <c>stdout</c> or <c>stderr</c>.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>Why the cell failed: error name, message and traceback lines.</summary>
public sealed record ErrorOutput(string EName, string EValue, IReadOnlyList<string> Traceback) : CellOutput;
