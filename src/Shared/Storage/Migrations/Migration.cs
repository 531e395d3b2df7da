using System.Security.Cryptography;
using System.Text;

namespace SreBot.Shared.Storage.Migrations;

/// <summary>
/// One step of a store's schema: its version (1, 2, 3, … with no gaps), a name, and the SQL of one backend. The
/// checksum is the SHA-256 of the SQL with line endings made <c>\n</c>, so a checkout with CRLF endings is the same migration.
/// </summary>
public sealed record Migration
{
    public Migration(int version, string name, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        Version = version;
        Name = name;
        Sql = sql;
        Checksum = ChecksumOf(sql);
    }

    public int Version { get; }

    public string Name { get; }

    public string Sql { get; }

    public string Checksum { get; }

    /// <summary>How the migration is named in messages and in <c>schema_migrations</c>: <c>0002_add_x</c>.</summary>
    public string Label => $"{Version:D4}_{Name}";

    public static string ChecksumOf(string sql)
    {
        var normalized = sql.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
