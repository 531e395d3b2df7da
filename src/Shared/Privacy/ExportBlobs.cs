using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SreBot.Shared.Privacy;

/// <summary>
/// Where a user's exports live in the blob store: <c>exports/{folder}/{exportId}.json</c>, the folder being a hash of the
/// user id (blob names cannot hold every user id, and a listing should not show who asked).
/// </summary>
public static partial class ExportBlobs
{
    public const string Root = "exports/";

    public static string NewId() => "exp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsExportId(string? id) => id is not null && ExportId().IsMatch(id);

    public static string FolderOf(string userId)
        => Root + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("srebot-export\n" + userId)))[..32] + "/";

    public static string NameOf(string userId, string exportId)
        => IsExportId(exportId) ? $"{FolderOf(userId)}{exportId}.json" : throw new ArgumentException($"'{exportId}' is not an export id.", nameof(exportId));

    /// <summary>The export id in a blob name made by <see cref="NameOf"/>.</summary>
    public static string IdOf(string blobName) => Path.GetFileNameWithoutExtension(blobName[(blobName.LastIndexOf('/') + 1)..]);

    [GeneratedRegex("^exp_[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExportId();
}
