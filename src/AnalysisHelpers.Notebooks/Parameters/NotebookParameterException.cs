namespace AnalysisHelpers.Notebooks.Parameters;

/// <summary>A parameter override that does not fit the notebook's parameters cell; raised before any cell runs.</summary>
public sealed class NotebookParameterException(string message) : Exception(message);
