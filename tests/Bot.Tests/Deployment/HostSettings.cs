using System.Reflection;
using System.Text.RegularExpressions;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.Bot.Tests.Deployment;

/// <summary>
/// The settings the host reads: the README's configuration table, each <c>Section:Key</c> there backed by an options
/// class (its <c>SectionName</c> and a property path), and the platform settings docs/deploy.md documents.
/// </summary>
public static partial class HostSettings
{
    /// <summary>Read by the platform or a library, not by an options class; each has a row in docs/deploy.md.</summary>
    public static readonly string[] PlatformSettings =
    [
        "AZURE_CLIENT_ID",
        "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "ApplicationInsightsAgent_EXTENSION_VERSION",
    ];

    /// <summary>The keys in the first column of the README's configuration table (<c>Auth:Local:Issuer</c> / <c>Audience</c> is two).</summary>
    public static IReadOnlySet<string> DocumentedInReadme()
    {
        var readme = File.ReadAllText(Path.Combine(ToolPaths.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cell = line.Split('|')[1];
            var names = Backticked().Matches(cell).Select(match => match.Groups[1].Value).ToList();
            var parent = names[0].Contains(':', StringComparison.Ordinal) ? names[0][..names[0].LastIndexOf(':')] : "";
            keys.Add(names[0]);
            foreach (var name in names.Skip(1))
            {
                keys.Add(name.Contains(':', StringComparison.Ordinal) || parent.Length == 0 ? name : $"{parent}:{name}");
            }
        }

        return keys;
    }

    /// <summary>
    /// True when <paramref name="key"/> (<c>Section:Sub:Property</c>) names a public property of an options class whose
    /// <c>SectionName</c> is a prefix of it, in the host's assemblies.
    /// </summary>
    public static bool IsBoundToOptions(string key)
    {
        foreach (var type in OptionsTypes())
        {
            var section = (string)type.GetField("SectionName")!.GetValue(null)!;
            if (!key.StartsWith(section + ":", StringComparison.Ordinal))
            {
                continue;
            }

            var current = type;
            foreach (var part in key[(section.Length + 1)..].Split(':'))
            {
                var property = current.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
                if (property is null)
                {
                    current = null;
                    break;
                }

                current = property.PropertyType;
            }

            if (current is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Type> OptionsTypes() =>
        new[] { typeof(Program).Assembly, typeof(SreBot.Shared.Estate.EstateOptions).Assembly, typeof(SreBot.McpServer.Identity.StdioIdentityOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
