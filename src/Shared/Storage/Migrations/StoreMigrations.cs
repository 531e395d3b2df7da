using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SreBot.Shared.Storage.Migrations;

/// <summary>
/// The ordered migrations of one store for one backend. A store's versions are its own (recorded per store in
/// <c>schema_migrations</c>), so stores stay independent and a host applies only the stores it registers.
/// </summary>
public sealed partial class StoreMigrations
{
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSql";

    public StoreMigrations(string store, string backend, IEnumerable<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(backend);
        var ordered = migrations.OrderBy(m => m.Version).ToArray();
        if (ordered.Length == 0)
        {
            throw new ArgumentException($"The store '{store}' has no {backend} migrations.", nameof(migrations));
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Version != i + 1)
            {
                throw new ArgumentException(
                    $"The {backend} migrations of the store '{store}' must be numbered 1, 2, 3, … without gaps or repeats; found {string.Join(", ", ordered.Select(m => m.Label))}.",
                    nameof(migrations));
            }
        }

        Store = store;
        Backend = backend;
        Migrations = ordered;
    }

    public string Store { get; }

    public string Backend { get; }

    public IReadOnlyList<Migration> Migrations { get; }

    public int Latest => Migrations[^1].Version;

    /// <summary>
    /// The migrations embedded in <paramref name="assembly"/> as <c>{folder}/{backend}/NNNN_name.sql</c> (each project embeds
    /// <c>**/Migrations/*/*.sql</c> under its path, see the csproj).
    /// </summary>
    public static StoreMigrations Embedded(string store, string backend, Assembly assembly, string folder)
    {
        var prefix = Prefix(backend, folder);
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var path = resource.Replace('\\', '/');
            if (!IsMigration(path, prefix))
            {
                continue;
            }

            var match = FileName().Match(path[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"The migration '{path}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        return new StoreMigrations(store, backend, migrations);
    }

    /// <summary>Whether <paramref name="assembly"/> embeds any <paramref name="backend"/> migration under <paramref name="folder"/>.</summary>
    public static bool HasEmbedded(string backend, Assembly assembly, string folder)
    {
        var prefix = Prefix(backend, folder);
        return assembly.GetManifestResourceNames().Any(resource => IsMigration(resource.Replace('\\', '/'), prefix));
    }

    private static string Prefix(string backend, string folder) => $"{folder.Trim('/')}/{backend}/";

    private static bool IsMigration(string path, string prefix) => path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf('/', prefix.Length) < 0;

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
