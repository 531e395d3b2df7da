using Microsoft.Extensions.Options;
using SreBot.Bot.Connector;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>Refuses to start with a <see cref="BotOptions"/> that would weaken or break inbound authentication.</summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    private const string Section = BotOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (!options.IsLocalMode && !IsGuid(options.AppId))
        {
            failures.Add($"{Section}:{nameof(BotOptions.AppId)} must be the bot's Microsoft app id, a GUID such as 00000000-0000-0000-0000-000000000000.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !IsGuid(options.TenantId))
        {
            failures.Add($"{Section}:{nameof(BotOptions.TenantId)} must be a tenant id (GUID) when set.");
        }

        if (!IsHttpsOrLoopbackHttp(options.OpenIdMetadataUrl))
        {
            failures.Add($"{Section}:{nameof(BotOptions.OpenIdMetadataUrl)} must be an absolute https URL (http only on loopback).");
        }

        foreach (var issuer in options.AllowedIssuers.Where(i => !Uri.TryCreate(i, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Section}:{nameof(BotOptions.AllowedIssuers)} entry '{issuer}' is not an absolute https URL.");
        }

        foreach (var prefix in options.AllowedServiceUrls.Where(p => !ServiceUrlPolicy.IsValidPrefix(p)))
        {
            failures.Add($"{Section}:{nameof(BotOptions.AllowedServiceUrls)} entry '{prefix}' must be an https URL (http only on loopback) without user info, query or fragment.");
        }

        foreach (var prefix in options.LocalServiceUrls.Where(p => !ServiceUrlPolicy.IsValidPrefix(p) || !LoopbackAddresses.IsLoopbackUrl(p)))
        {
            failures.Add($"{Section}:{nameof(BotOptions.LocalServiceUrls)} entry '{prefix}' must be a loopback http(s) URL (localhost or 127.0.0.1) without user info, query or fragment.");
        }

        foreach (var admin in options.Admins.Where(a => !IsGuid(a)))
        {
            failures.Add($"{Section}:{nameof(BotOptions.Admins)} entry '{admin}' is not an Entra object id (GUID).");
        }

        foreach (var role in options.LocalDefaultRoles.Where(r => !Roles.IsKnown(r)))
        {
            failures.Add($"{Section}:{nameof(BotOptions.LocalDefaultRoles)} entry '{role}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Canonical form only: the app id is compared as a string with the token's "aud".
    private static bool IsGuid(string? value) => Guid.TryParseExact(value, "D", out _);

    internal static bool IsHttpsOrLoopbackHttp(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && string.IsNullOrEmpty(uri.UserInfo)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
