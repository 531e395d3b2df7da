using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Redaction;

namespace SreBot.Shared.Audit;

/// <summary>
/// The bounds of every audit field, applied by the audit log itself to each entry it is given, so no caller can
/// forget them. A caller-supplied value over its bound, or without a single UTF-8 form (an unpaired surrogate, a NUL),
/// is never stored: the record holds <c>len=&lt;n&gt; sha256=&lt;first 16 hex digits&gt;</c> instead. The tool field is
/// also passed through the one redactor first, because for an unknown tool it is whatever a caller sent. See
/// docs/audit.md, "How audit growth is bounded".
/// </summary>
public static class AuditFieldLimits
{
    /// <summary>Event type, decision and outcome: SreBot's own vocabulary; a value over this is a programming error.</summary>
    public const int MaxVocabularyLength = 64;

    /// <summary>A tool or operation name (<c>GET /api/v1/...</c>, an MCP method, a tool name).</summary>
    public const int MaxToolLength = 256;

    /// <summary>An MCP tool name in a <c>tools/call</c>, as the MCP specification recommends (1 to 128 characters).</summary>
    public const int MaxToolNameLength = 128;

    public const int MaxUserIdLength = 256;

    public const int MaxArgumentsHashLength = 64;

    public const int MaxCorrelationIdLength = 128;

    public const int MaxDetailLength = 2048;

    private const int HashPrefixLength = 16;

    /// <summary>The entry as it may be stored: caller-supplied fields bounded, fixed fields checked.</summary>
    /// <exception cref="ArgumentException">An event type, decision or outcome that is missing, too long or not encodable.</exception>
    public static AuditEntry Apply(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsVocabulary(entry.EventType) || !IsVocabulary(entry.Decision) || !IsVocabulary(entry.Outcome) || entry.CorrelationId is null)
        {
            throw new ArgumentException(
                $"Event type, decision and outcome are required, well-formed and at most {MaxVocabularyLength} characters; a correlation id is required.",
                nameof(entry));
        }

        return entry with
        {
            UserId = Bound(entry.UserId, MaxUserIdLength),
            Tool = Bound(entry.Tool is null ? null : SecretRedactor.Redact(entry.Tool), MaxToolLength),
            ArgumentsHash = Bound(entry.ArgumentsHash, MaxArgumentsHashLength),
            CorrelationId = Bound(entry.CorrelationId, MaxCorrelationIdLength)!,
            Detail = Bound(entry.Detail, MaxDetailLength),
        };
    }

    /// <summary>
    /// The value itself when it is at most <paramref name="maxLength"/> characters and has a single UTF-8 form; else its
    /// length and hash. Also for logs: a name a caller sent is logged through this.
    /// </summary>
    public static string? Bound(string? value, int maxLength)
        => value is null || (value.Length <= maxLength && AuditCanonicalEncoding.IsEncodable(value)) ? value : Fingerprint(value);

    /// <summary><c>len=&lt;UTF-16 length&gt; sha256=&lt;first 16 hex digits of SHA-256 over UTF-8&gt;</c> (unpaired surrogates as U+FFFD).</summary>
    public static string Fingerprint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..HashPrefixLength];
        return string.Create(CultureInfo.InvariantCulture, $"len={value.Length} sha256={hash}");
    }

    private static bool IsVocabulary(string? value)
        => value is { Length: > 0 and <= MaxVocabularyLength } && AuditCanonicalEncoding.IsEncodable(value);
}
