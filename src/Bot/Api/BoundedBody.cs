namespace SreBot.Bot.Api;

/// <summary>Reads a request body of at most a given size; nothing larger is buffered.</summary>
public static class BoundedBody
{
    /// <summary>The body's bytes, or null when it is (or declares itself) larger than <paramref name="max"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, long max, CancellationToken cancellationToken)
    {
        if (declaredLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
