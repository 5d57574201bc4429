using System.Buffers.Binary;

namespace AnalysisHelpers.Export.Tests;

/// <summary>Reads the size out of a PNG's IHDR chunk.</summary>
internal static class PngHeader
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) ReadSize(byte[] png)
    {
        Assert.True(png.Length > 24, "PNG too short to hold an IHDR chunk.");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
