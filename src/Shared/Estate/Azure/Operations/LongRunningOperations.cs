using System.Globalization;
using System.Text.Json;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// ARM's long-running operation protocol, without the HTTP: which URL to poll after a 201/202 (<c>Azure-AsyncOperation</c>
/// first, else <c>Location</c>), what a poll answer means (the async-operation body's <c>status</c>, or for a
/// <c>Location</c> poll the status code), and how long to wait (<c>Retry-After</c>, bounded).
/// </summary>
internal static class LongRunningOperations
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private const int MaxMessageLength = 500;

    /// <summary>The URL to poll and whether it is an Azure-AsyncOperation URL; null when the first answer is already final.</summary>
    public static (Uri Url, bool AsyncOperation)? PollTarget(int status, string? asyncOperation, string? location)
    {
        if (status is not (201 or 202))
        {
            return null;
        }

        if (Uri.TryCreate(asyncOperation, UriKind.Absolute, out var async) && async.Scheme == Uri.UriSchemeHttps)
        {
            return (async, true);
        }

        return Uri.TryCreate(location, UriKind.Absolute, out var at) && at.Scheme == Uri.UriSchemeHttps ? (at, false) : null;
    }

    /// <summary>Reads one poll answer.</summary>
    public static OperationPoll Read(bool asyncOperation, int status, JsonElement? body, string? retryAfter)
    {
        var wait = RetryAfter(retryAfter);
        if (status is >= 400)
        {
            return new OperationPoll(OperationState.Failed, ErrorMessage(body) ?? $"Azure answered the operation's status with HTTP {status}.", wait);
        }

        if (!asyncOperation)
        {
            return status == 202 ? new OperationPoll(OperationState.Running, null, wait) : new OperationPoll(OperationState.Succeeded, null, wait);
        }

        var state = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        return state?.ToUpperInvariant() switch
        {
            "SUCCEEDED" => new OperationPoll(OperationState.Succeeded, null, wait),
            "FAILED" => new OperationPoll(OperationState.Failed, ErrorMessage(body) ?? "Azure reports the operation failed.", wait),
            "CANCELED" or "CANCELLED" => new OperationPoll(OperationState.Failed, ErrorMessage(body) ?? "Azure reports the operation was cancelled.", wait),
            _ => new OperationPoll(OperationState.Running, null, wait),
        };
    }

    /// <summary><c>Retry-After</c> in seconds or as an HTTP date, bounded to [0, <see cref="MaxRetryAfter"/>]; absent or unreadable: the default.</summary>
    public static TimeSpan RetryAfter(string? value, DateTimeOffset? now = null)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryAfter.TotalSeconds));
        }

        if (now is { } at && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - at;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
        }

        return DefaultRetryAfter;
    }

    // Azure's error: {"error": {"code", "message"}} (or the same at the top level), bounded; never the raw body.
    private static string? ErrorMessage(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
        var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (code is null && message is null)
        {
            return null;
        }

        var text = code is null ? message! : message is null ? code : $"{code}: {message}";
        return text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
    }
}
