namespace AnalysisHelpers.Notebooks.Engine;

/// <summary>Why a kernel process stopped serving: it ended by itself, or the runner ended it.</summary>
internal enum KernelDeath
{
    /// <summary>Still running.</summary>
    None,

    /// <summary>It exited (Environment.Exit, a crash such as a stack overflow, or killed by the system).</summary>
    Exited,

    /// <summary>Its output passed the runner's limit; the runner ended it.</summary>
    OutputLimit,

    /// <summary>The runner ended it (timeout, interruption).</summary>
    Killed,
}
