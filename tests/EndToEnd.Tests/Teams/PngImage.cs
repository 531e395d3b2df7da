using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SreBot.EndToEnd.Tests.Teams;

/// <summary>
/// A PNG read just far enough to check a Teams icon: the IHDR size, and the pixels of 8-bit RGB or
/// RGBA non-interlaced images (what manifest/make-icons.mjs writes).
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public bool HasAlpha => channels == 4;

    /// <summary>Width and height from the IHDR chunk, which a PNG must start with.</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || Encoding.ASCII.GetString(png.Slice(12, 4)) != "IHDR")
        {
            throw new InvalidDataException("Not a PNG file (no signature followed by an IHDR chunk).");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
    }

    public static PngImage Read(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var (bitDepth, colorType, interlace) = (png[24], png[25], png[28]);
        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
        {
            throw new InvalidDataException(
                $"Only 8-bit RGB/RGBA non-interlaced PNGs are decoded here (bit depth {bitDepth}, colour type {colorType}, interlace {interlace}).");
        }

        var channels = colorType == 6 ? 4 : 3;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset, 4));
            if (Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT")
            {
                compressed.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var scanlines = new MemoryStream();
        inflater.CopyTo(scanlines);
        return new PngImage(width, height, channels, Unfilter(scanlines.ToArray(), width, height, channels));
    }

    /// <summary>The pixel as RGBA (alpha 255 for RGB images).</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * channels;
        return (pixels[i], pixels[i + 1], pixels[i + 2], channels == 4 ? pixels[i + 3] : (byte)255);
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        if (data.Length < height * (stride + 1))
        {
            throw new InvalidDataException($"The image data is {data.Length} bytes; {height * (stride + 1)} expected.");
        }

        var result = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int raw = data[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? result[(y * stride) + x - channels] : 0;
                int up = y > 0 ? result[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? result[((y - 1) * stride) + x - channels] : 0;
                result[(y * stride) + x] = (byte)(raw + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter} on row {y}."),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
