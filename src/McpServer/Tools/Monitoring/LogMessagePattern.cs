using System.Text.RegularExpressions;
using SreBot.Shared.Redaction;

namespace SreBot.McpServer.Tools.Monitoring;

/// <summary>
/// The shape of a log message, so that lines differing only in numbers, durations or ids count as one kind:
/// runs of hex-like ids become <c>*</c> and numbers become <c>#</c>.
/// Secrets are redacted first: rewriting digits changes a secret's shape (<c>sig=…%2B…</c> becomes <c>sig=…%#B…</c>)
/// so that the redaction on the call path could no longer recognise all of it.
/// </summary>
public static partial class LogMessagePattern
{
    public static string Of(string message) => Number().Replace(HexId().Replace(SecretRedactor.Redact(message), "*"), "#");

    [GeneratedRegex(@"\b(?=[0-9a-fA-F-]*\d)[0-9a-fA-F-]{8,}\b")]
    private static partial Regex HexId();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
