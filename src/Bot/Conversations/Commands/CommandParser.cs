using System.Globalization;
using System.Text.RegularExpressions;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// Understands SreBot's plain chat commands (no LLM needed). Mentions of the bot (<c>&lt;at&gt;SreBot&lt;/at&gt;</c> in
/// channels) are removed first; keywords are case-insensitive; anything else is <see cref="ChatCommand.Unknown"/>.
/// </summary>
public static partial class CommandParser
{
    public const int MaxTextLength = 2000;

    public static ChatCommand Parse(string? text)
    {
        var cleaned = Mention().Replace(text ?? string.Empty, " ");
        cleaned = Whitespace().Replace(cleaned, " ").Trim();
        if (cleaned.Length is 0 or > MaxTextLength)
        {
            return new ChatCommand(cleaned.Length == 0 ? ChatCommand.Help : ChatCommand.Unknown);
        }

        if (Restart().Match(cleaned) is { Success: true } restart)
        {
            return new ChatCommand(ChatCommand.Restart, restart.Groups["target"].Value, restart.Groups["reason"].Value.Trim());
        }

        if (Scale().Match(cleaned) is { Success: true } scale
            && int.TryParse(scale.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return new ChatCommand(ChatCommand.Scale, scale.Groups["target"].Value, scale.Groups["reason"].Value.Trim(), count);
        }

        if (cleaned.ToLowerInvariant() is ChatCommand.ExportMyData or ChatCommand.ForgetMe)
        {
            return new ChatCommand(cleaned.ToLowerInvariant());
        }

        if (Remember().Match(cleaned) is { Success: true } remember)
        {
            var team = remember.Groups["team"].Success;
            return new ChatCommand(ChatCommand.Remember, team ? "team" : "private", Argument: remember.Groups["fact"].Value.Trim());
        }

        if (Forget().Match(cleaned) is { Success: true } forget)
        {
            return new ChatCommand(ChatCommand.Forget, Argument: forget.Groups["what"].Value.Trim());
        }

        if (Search().Match(cleaned) is { Success: true } search)
        {
            return new ChatCommand(ChatCommand.Search, Argument: search.Groups["query"].Value.Trim());
        }

        var words = cleaned.Split(' ', 3);
        var keyword = words[0].ToLowerInvariant();
        return keyword switch
        {
            ChatCommand.Help or ChatCommand.WhoAmI or ChatCommand.Approvals or ChatCommand.Memories when words.Length == 1 => new ChatCommand(keyword),
            ChatCommand.Investigate when words.Length == 2 => new ChatCommand(keyword, words[1]),
            ChatCommand.Mode when words.Length == 1 => new ChatCommand(keyword),
            ChatCommand.Mode when words.Length == 2 => new ChatCommand(keyword, Argument: words[1].ToLowerInvariant()),
            ChatCommand.Role when words.Length == 3 => new ChatCommand(keyword, words[1], Argument: words[2].Trim().ToLowerInvariant()),
            ChatCommand.Restart or ChatCommand.Scale => new ChatCommand(ChatCommand.Unknown, Argument: keyword),
            _ => new ChatCommand(ChatCommand.Unknown),
        };
    }

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^restart\s+(?<target>\S+)\s+because\s+(?<reason>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Restart();

    [GeneratedRegex(@"^remember\s+(?:(?<team>for\s+the\s+team)\s+)?(?<fact>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Remember();

    // 'forget me' (erase all of my data) is a command of its own, not a memory to forget.
    [GeneratedRegex(@"^forget\s+(?!me$)(?<what>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Forget();

    [GeneratedRegex(@"^search\s+(?<query>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Search();

    [GeneratedRegex(@"^scale\s+(?<target>\S+)\s+to\s+(?<count>\d{1,3})\s+because\s+(?<reason>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Scale();
}
