using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Connector;

namespace SreBot.Bot.Activities;

/// <summary>
/// Local mode (no <c>Bot:AppId</c>) serves unauthenticated activities, so it must only ever listen on loopback.
/// The configured URLs are checked before the server starts, and the addresses it actually bound are checked after
/// (a refusal then stops the host with exit code 1).
/// </summary>
public static class LocalModeGuard
{
    /// <summary>False, with the reason logged, when the configured URLs already expose local mode beyond loopback.</summary>
    public static bool EnsureLoopback(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode)
        {
            return true;
        }

        var configured = (app.Configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (Refusal(configured) is { } refusal)
        {
            app.Logger.LogCritical("{Refusal}", refusal);
            return false;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (Refusal([.. bound]) is { } late)
            {
                app.Logger.LogCritical("{Refusal}", late);
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            }
        });
        return true;
    }

    private static string? Refusal(IReadOnlyCollection<string> addresses)
    {
        var exposed = addresses.Where(address => !LoopbackAddresses.IsLoopbackUrl(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal))).ToList();
        return exposed.Count == 0
            ? null
            : $"Local mode (no Bot:AppId) accepts unauthenticated activities, so SreBot listens only on loopback; refusing to listen on {string.Join(", ", exposed)}. " +
              "Set Bot:AppId (and Bot:TenantId) to serve Teams, or bind to 127.0.0.1.";
    }
}
