using System.Text.RegularExpressions;

namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>
/// The shape of a log message, so that lines differing only in numbers, durations or ids count as one kind:
/// runs of hex-like ids become <c>*</c> and numbers become <c>#</c>.
/// </summary>
public static partial class LogMessagePattern
{
    public static string Of(string message) => Number().Replace(HexId().Replace(message, "*"), "#");

    [GeneratedRegex(@"\b(?=[0-9a-fA-F-]*\d)[0-9a-fA-F-]{8,}\b")]
    private static partial Regex HexId();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
