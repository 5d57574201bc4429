namespace AnalysisHelpers.Notebooks.Model;

/// <summary>What a notebook cell contains, as far as the runner is concerned.</summary>
public enum CellKind
{
    /// <summary>Markdown prose; never executed.</summary>
    Markdown,

    /// <summary>C# code run by the runner.</summary>
    CSharp,

    /// <summary>Code for another kernel (F#, PowerShell, HTML, ...); kept, but the runner cannot execute it.</summary>
    Other,
}
