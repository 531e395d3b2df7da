using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>
/// The one translation of Azure's failures into the provider-neutral estate errors: 404 not found, 403 forbidden (naming
/// the action ARM says is missing, else the action the call needed), 429 throttled, anything else unavailable. Messages are
/// written here; Azure's own text never reaches users.
/// </summary>
internal static partial class AzureErrorMapper
{
    private const int MaxBodyChars = 8_192;

    public static EstateException FromResponse(Response response, AzureCall call)
    {
        switch (response.Status)
        {
            case 404:
                return new EstateResourceNotFoundException(call.Scope);
            case 403:
                var (action, scope) = AuthorizationFailure(response);
                return new EstateForbiddenException(action ?? call.Action, scope ?? call.Scope);
            case 401:
                return new EstateUnavailableException("Azure did not accept SreBot's credential.");
            case 429:
                return new EstateThrottledException(RetryAfter(response));
            default:
                return new EstateUnavailableException(string.Create(CultureInfo.InvariantCulture, $"Azure answered HTTP {response.Status}."));
        }
    }

    /// <summary>A failure before an answer: the credential, the connection or the network timeout.</summary>
    public static EstateException FromTransport(Exception exception) => exception switch
    {
        global::Azure.Identity.AuthenticationFailedException or global::Azure.Identity.CredentialUnavailableException
            => new EstateUnavailableException("SreBot could not obtain an Azure token for its identity."),
        OperationCanceledException => new EstateUnavailableException("Azure did not answer in time."),
        _ => new EstateUnavailableException(),
    };

    private static TimeSpan RetryAfter(Response response)
    {
        if (response.Headers.TryGetValue("Retry-After", out var value))
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(Math.Min(seconds, 3600));
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds, 3600)) : TimeSpan.FromSeconds(1);
            }
        }

        return TimeSpan.FromSeconds(30);
    }

    private static (string? Action, ResourceId? Scope) AuthorizationFailure(Response response)
    {
        var text = response.Content?.ToString();
        if (string.IsNullOrEmpty(text) || text.Length > MaxBodyChars)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty("error", out var error)
                || !error.TryGetProperty("message", out var message)
                || message.ValueKind != JsonValueKind.String)
            {
                return (null, null);
            }

            var match = AuthorizationFailedPattern().Match(message.GetString()!);
            if (!match.Success)
            {
                return (null, null);
            }

            var action = match.Groups["action"].Value;
            var scope = ResourceId.TryParse(match.Groups["scope"].Value, out var parsed, out _) ? parsed : null;
            return (ValidAction().IsMatch(action) ? action : null, scope);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    [GeneratedRegex(@"does not have authorization to perform action '(?<action>[^']{1,200})' over scope '(?<scope>[^']{1,1024})'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AuthorizationFailedPattern();

    [GeneratedRegex(@"^[A-Za-z0-9./*_-]{1,200}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ValidAction();
}
