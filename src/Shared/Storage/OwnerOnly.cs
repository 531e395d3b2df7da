namespace SreBot.Shared.Storage;

/// <summary>
/// Data files are owner-only on Unix: files 600, directories 700, set when they are created (and tightened when they
/// already exist, for data written by an older version). On Windows the data directory's ACL applies.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode DirectoryPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the directory and any missing parents as 700; an existing directory is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            // The mode given to Directory.CreateDirectory applies to the last directory only: create missing parents one by one.
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return;
            }

            if (Path.GetDirectoryName(full) is { } parent)
            {
                CreateDirectory(parent);
            }

            Directory.CreateDirectory(full, DirectoryPermissions);
        }
    }

    /// <summary>
    /// Creates the data directory as 700, or makes an existing one 700, so files an older version left looser are out of
    /// reach too. A directory this user does not own (a mounted volume) is left as it is.
    /// </summary>
    public static void EnsureDirectory(string path)
    {
        CreateDirectory(path);
        try
        {
            Restrict(path, DirectoryPermissions);
        }
        catch (UnauthorizedAccessException)
        {
            // Only the owner may change a mode; the files inside are still created owner-only.
        }
    }

    /// <summary>Makes an existing file 600; a missing file is ignored.</summary>
    public static void RestrictFile(string path)
    {
        if (File.Exists(path))
        {
            Restrict(path, FilePermissions);
        }
    }

    /// <summary>Options for a new file that is created 600.</summary>
    public static FileStreamOptions NewFile(FileMode mode = FileMode.CreateNew, FileOptions options = FileOptions.None)
    {
        var stream = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None, Options = options };
        if (!OperatingSystem.IsWindows())
        {
            stream.UnixCreateMode = FilePermissions;
        }

        return stream;
    }

    private static void Restrict(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != mode)
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
