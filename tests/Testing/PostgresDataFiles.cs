using System.Text;
using Npgsql;

namespace SreBot.Testing;

/// <summary>
/// The test server's files as they are on disk: every file under its data directory (<c>SHOW data_directory</c>) except
/// the write-ahead log (<c>pg_wal</c>, which keeps erased rows until its segments are reused: docs/scale-out.md), searched
/// for a byte string. Run a checkpoint first so the pages in shared buffers are in the files. The server must be on this
/// machine and its files readable (tests run as root here and in CI; the cluster belongs to the postgres user).
/// </summary>
public static class PostgresDataFiles
{
    /// <summary>Whether some file holds <paramref name="text"/>.</summary>
    public static async Task<bool> ContainAsync(string connectionString, string text, CancellationToken cancellationToken)
        => await FindAsync(connectionString, text, cancellationToken) is not null;

    /// <summary>The first file (relative to the data directory) that holds <paramref name="text"/>, or null.</summary>
    public static async Task<string?> FindAsync(string connectionString, string text, CancellationToken cancellationToken)
    {
        var directory = await DataDirectoryAsync(connectionString, cancellationToken);
        var needle = Encoding.UTF8.GetBytes(text);
        var wal = Path.Combine(directory, "pg_wal");
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            if (path.StartsWith(wal + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            if (await ReadAsync(path, cancellationToken) is { } bytes && bytes.AsSpan().IndexOf(needle) >= 0)
            {
                return Path.GetRelativePath(directory, path);
            }
        }

        return null;
    }

    private static async Task<string> DataDirectoryAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var directory = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        return Directory.Exists(directory)
            ? directory
            : throw new InvalidOperationException(
                $"The test server's data directory '{directory}' is not on this machine (or not visible to this user): the erasure check reads its files.");
    }

    /// <summary>The file's bytes, or null when the server removed it meanwhile.</summary>
    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Cannot read '{path}' of the test server's data directory: the erasure check must run as root or as the cluster's owner (postgres).");
        }
    }
}
