using System.Text.RegularExpressions;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Policy;

/// <summary>
/// Operations SreBot never performs, whatever the mode, role or approval: deleting resources, touching role
/// assignments or other authorization objects, and reading or writing secrets and keys.
/// </summary>
public static partial class BlockedOperations
{
    private static readonly string[] BlockedResourceTypes =
    [
        "microsoft.authorization/",
        "microsoft.keyvault/vaults/secrets",
        "microsoft.keyvault/vaults/keys",
        "microsoft.keyvault/vaults/certificates",
        "microsoft.keyvault/managedhsms",
    ];

    /// <returns>Why the operation is blocked, or null when it is not.</returns>
    public static string? Check(string toolName, string? targetText)
    {
        if (DeletingVerb().IsMatch(toolName))
        {
            return $"'{toolName}' deletes; SreBot never deletes resources.";
        }

        if (toolName.Contains("role_assignment", StringComparison.OrdinalIgnoreCase) || toolName.Contains("secret", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{toolName}' touches role assignments or secrets; SreBot never does.";
        }

        // Parse leniently here only to classify; scope checking parses again and refuses malformed ids.
        return ResourceId.TryParse(targetText, out var id, out _) && id.ResourceType is { } type
               && BlockedResourceTypes.Any(blocked => type.ToLowerInvariant().StartsWith(blocked, StringComparison.Ordinal))
            ? $"Resources of type '{type}' (authorization objects, secrets, keys) are off limits to SreBot."
            : null;
    }

    [GeneratedRegex("(^|_)(delete|purge|remove|destroy)(_|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DeletingVerb();
}
