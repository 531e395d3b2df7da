using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Storage;

/// <summary>Top-level settings (section <c>SreBot</c>).</summary>
public sealed class SreBotOptions
{
    public const string SectionName = "SreBot";

    /// <summary>Folder for the SQLite database, the local signing key and blobs. Relative paths are resolved against the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".srebot";

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}
