using System.Text.RegularExpressions;

namespace SreBot.Shared.Blobs;

/// <summary>
/// Blob names are slash-separated segments of lower-case letters, digits, '.', '_' and '-', never '.' or '..', at most
/// 512 characters: the same name is valid as a relative file path and as an Azure blob name, and cannot escape.
/// </summary>
public static partial class BlobName
{
    public const int MaxLength = 512;

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && Shape().IsMatch(name)
        && name.Split('/').All(segment => segment is not ("." or ".."));

    /// <summary>A prefix is empty, or a valid name optionally ending in '/'.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        prefix is not null && (prefix.Length == 0 || IsValid(prefix.TrimEnd('/')) && !prefix.EndsWith("//", StringComparison.Ordinal));

    public static string Validate(string? name) =>
        IsValid(name) ? name! : throw new ArgumentException($"'{name}' is not a valid blob name.", nameof(name));

    [GeneratedRegex(@"^[a-z0-9._-]+(/[a-z0-9._-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
