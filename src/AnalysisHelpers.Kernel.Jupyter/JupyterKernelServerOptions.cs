namespace AnalysisHelpers.Kernel.Jupyter;

/// <summary>How <c>workbook kernel jupyter</c> was started.</summary>
/// <param name="ConnectionFile">The connection file the front end wrote (<c>--connection-file</c>).</param>
/// <param name="WorkbookVersion">The workbook's version, for kernel_info_reply.</param>
/// <param name="Log">Where the kernel writes what it refused or failed at (standard error).</param>
public sealed record JupyterKernelServerOptions(string ConnectionFile, string WorkbookVersion, TextWriter Log);
