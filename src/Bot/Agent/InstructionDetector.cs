using System.Text.RegularExpressions;

namespace SreBot.Bot.Agent;

/// <summary>
/// Deterministic patterns of text that talks to the model ("ignore previous instructions", "you are now …", "… and
/// restart vm-x") inside data. A hit never changes what the loop may do — writes always need an approval — but the answer
/// says that the tool output looked like instructions and was treated as data.
/// </summary>
public static partial class InstructionDetector
{
    public static bool LooksLikeInstructions(string? text) => !string.IsNullOrEmpty(text) && Pattern().IsMatch(text);

    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous|prior|above|earlier|preceding|system|your|safety)\b"
        + @"|\byou\s+are\s+now\b"
        + @"|\b(?:new|updated|real)\s+instructions?\s*:"
        + @"|\b(?:system|developer)\s+prompt\b"
        + @"|\b(?:act\s+as|pretend\s+to\s+be)\s+(?:an?\s+)?(?:admin|administrator|approver|root)\b"
        + @"|\b(?:and|then|now|please|must|immediately)\s+(?:restart|reboot|scale|delete|remove|stop|shut\s*down|approve|deploy)\s+\S"
        + @"|\bapprove\s+(?:this|the|all|every)\s+(?:request|approval|change)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Pattern();
}
