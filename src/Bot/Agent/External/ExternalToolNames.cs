using System.Text.RegularExpressions;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// Names of external tools: <c>&lt;server&gt;__&lt;tool&gt;</c> for the model (valid as an OpenAI function name) and
/// <c>external:&lt;server&gt;/&lt;tool&gt;</c> for policy, audit and the untrusted-data source.
/// </summary>
public static partial class ExternalToolNames
{
    public const string SourcePrefix = "external:";
    public const string Separator = "__";
    public const int MaxFunctionNameLength = 64;

    public static string Function(string server, string tool) => server + Separator + tool;

    public static string Source(string server, string tool) => $"{SourcePrefix}{server}/{tool}";

    /// <summary>Splits <c>external:&lt;server&gt;/&lt;tool&gt;</c>; false for anything else.</summary>
    public static bool TryParseSource(string name, out string server, out string tool)
    {
        server = tool = string.Empty;
        if (!name.StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name[SourcePrefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        (server, tool) = (rest[..slash], rest[(slash + 1)..]);
        return true;
    }

    public static bool IsValidServerName(string name) => ServerName().IsMatch(name);

    public static bool IsValidToolName(string name) => ToolName().IsMatch(name);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")]
    private static partial Regex ServerName();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ToolName();
}
