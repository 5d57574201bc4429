namespace AnalysisHelpers.Kernel.Jupyter.Sockets;

/// <summary>The kernel's sockets that carry messages (the heartbeat only echoes bytes).</summary>
public enum Channel
{
    Shell,
    Control,
    Stdin,
    Iopub,
}
