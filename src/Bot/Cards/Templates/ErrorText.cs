namespace SreBot.Bot.Cards.Templates;

/// <summary>An error message as a card shows it: a stack trace cut to its first line and first frames.</summary>
internal static class ErrorText
{
    public const int Frames = 3;

    /// <summary>
    /// A message with a stack trace becomes its first line, the first <see cref="Frames"/> <c>at …</c> frames and
    /// "… n more frames"; a message without one is returned as it is.
    /// </summary>
    public static string Shorten(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var frames = lines.Where(IsFrame).ToList();
        if (frames.Count == 0)
        {
            return message;
        }

        var shortened = new List<string> { lines[0] };
        shortened.AddRange(frames.Take(Frames).Select(f => "  " + f));
        if (frames.Count > Frames)
        {
            shortened.Add($"  … {frames.Count - Frames} more frames");
        }

        return string.Join('\n', shortened);
    }

    private static bool IsFrame(string line) => line.StartsWith("at ", StringComparison.Ordinal);
}
