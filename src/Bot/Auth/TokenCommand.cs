using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Identity;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Bot.Auth;

/// <summary>
/// <c>token --user &lt;id&gt; --role &lt;role&gt; [--role &lt;role&gt;...] [--lifetime &lt;minutes&gt;]</c>:
/// prints a token from the local issuer, and nothing else, on standard output.
/// </summary>
public static partial class TokenCommand
{
    public const string Name = "token";

    private const string Usage = "usage: token --user <id> --role <role> [--role <role>...] [--lifetime <minutes>]\nroles: reader, operator, approver, admin, auditor, alerts";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? user = null;
        int? lifetimeMinutes = null;
        var roles = new List<string>();
        var settings = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--user" when value is not null:
                    user = value;
                    i++;
                    break;
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                case "--lifetime" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and <= 7 * 24 * 60:
                    lifetimeMinutes = minutes;
                    i++;
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('=', StringComparison.Ordinal):
                    settings.Add(setting); // configuration overrides such as --SreBot:DataDirectory=/path
                    break;
                default:
                    error.WriteLine($"unexpected argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        if (user is null || !UserIdPattern().IsMatch(user))
        {
            error.WriteLine($"--user is required: 1-128 characters of letters, digits, '@', '.', '_' or '-'.\n{Usage}");
            return 2;
        }

        var unknown = roles.Where(r => !Roles.IsKnown(r)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            error.WriteLine((unknown.Count > 0 ? $"unknown role(s): {string.Join(", ", unknown)}\n" : "at least one --role is required\n") + Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. settings])
            .Build();
        var local = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>()?.Local ?? new LocalIssuerOptions();
        if (!local.Enabled)
        {
            error.WriteLine("The local issuer is disabled (Auth:Local:Enabled=false); use Entra ID tokens.");
            return 1;
        }

        // The key where the host keeps it (Storage:Keys: the data directory or Key Vault), so the host accepts the token.
        using var keys = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .Configure<SreBotOptions>(configuration.GetSection(SreBotOptions.SectionName))
            .AddKeys()
            .BuildServiceProvider();
        using var key = LocalSigningKey.LoadOrCreate(keys.GetRequiredService<ISharedKeyStore>());
        var issuer = new LocalTokenIssuer(key, local, TimeProvider.System);
        output.WriteLine(issuer.Mint(user, roles, lifetimeMinutes is { } m ? TimeSpan.FromMinutes(m) : null));
        return 0;
    }

    [GeneratedRegex("^[A-Za-z0-9@._-]{1,128}$")]
    private static partial Regex UserIdPattern();
}
