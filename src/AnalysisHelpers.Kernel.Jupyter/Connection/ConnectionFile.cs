using System.Text.Json;

namespace AnalysisHelpers.Kernel.Jupyter.Connection;

/// <summary>
/// The connection file a Jupyter front end writes before it starts a kernel: where the five sockets listen and the key
/// every message is signed with (Jupyter client docs, "Connection files").
/// </summary>
public sealed record ConnectionFile(
    string Transport,
    string Ip,
    int ShellPort,
    int ControlPort,
    int IopubPort,
    int StdinPort,
    int HeartbeatPort,
    string SignatureScheme,
    string Key)
{
    /// <summary>The one signature scheme Jupyter front ends use.</summary>
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>The ZeroMQ address of a port: <c>tcp://127.0.0.1:PORT</c>, or <c>ipc://IP-PORT</c> for the ipc
    /// transport, as jupyter_client forms it.</summary>
    public string Address(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    /// <summary>Reads a connection file, reporting every problem in it at once.</summary>
    /// <exception cref="ConnectionFileException">The file is missing, is not JSON, or lacks or mistypes a field.</exception>
    public static ConnectionFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectionFileException($"{path}: cannot read the connection file: {e.Message}");
        }

        return Parse(text, path);
    }

    public static ConnectionFile Parse(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0.
            throw new ConnectionFileException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ConnectionFileException($"{path}: a connection file is a JSON object, found {root.ValueKind}");
            var problems = new List<string>();
            string Text(string name, string? fallback)
            {
                if (!root.TryGetProperty(name, out var value))
                {
                    if (fallback is null) problems.Add($"{path}: \"{name}\" is missing");
                    return fallback ?? "";
                }

                if (value.ValueKind == JsonValueKind.String) return value.GetString()!;
                problems.Add($"{path}: \"{name}\" must be a string, found {value.ValueKind}");
                return "";
            }

            int Port(string name)
            {
                if (!root.TryGetProperty(name, out var value))
                {
                    problems.Add($"{path}: \"{name}\" is missing");
                    return 0;
                }

                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var port) && port is > 0 and <= 65535) return port;
                problems.Add($"{path}: \"{name}\" must be a port number from 1 to 65535, found {value.GetRawText()}");
                return 0;
            }

            var file = new ConnectionFile(
                Transport: Text("transport", "tcp"),
                Ip: Text("ip", null),
                ShellPort: Port("shell_port"),
                ControlPort: Port("control_port"),
                IopubPort: Port("iopub_port"),
                StdinPort: Port("stdin_port"),
                HeartbeatPort: Port("hb_port"),
                SignatureScheme: Text("signature_scheme", HmacSha256),
                Key: Text("key", null));
            if (file.Transport is not ("tcp" or "ipc"))
                problems.Add($"{path}: \"transport\" must be tcp or ipc, found \"{file.Transport}\"");
            if (file.SignatureScheme != HmacSha256)
                problems.Add($"{path}: \"signature_scheme\" must be {HmacSha256}, found \"{file.SignatureScheme}\"");
            if (problems.Count > 0) throw new ConnectionFileException(string.Join(Environment.NewLine, problems));
            return file;
        }
    }
}

/// <summary>A connection file the kernel cannot use; the message names the file and every problem.</summary>
public sealed class ConnectionFileException(string message) : Exception(message);
