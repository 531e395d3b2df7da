using System.Text.RegularExpressions;

namespace SreBot.Shared.Redaction;

/// <summary>
/// Removes secrets from text before it leaves the call path: SAS signatures, storage and Service Bus keys,
/// bearer tokens and JWTs, PEM private keys, passwords in connection strings, and OAuth secrets in URLs and JSON.
/// Each match is replaced by <c>[REDACTED:kind]</c>, keeping the surrounding text readable.
/// </summary>
/// <remarks>
/// Text may be plain, a URL (percent-encoded) or JSON (<c>\n</c>, <c>\"</c>, <c>\u0026</c>, <c>\u002B</c> escapes, as
/// <c>System.Text.Json</c> writes them). A secret value runs over escaped characters but stops before an escaped quote or
/// newline, so redacting JSON text leaves valid JSON.
/// </remarks>
public static partial class SecretRedactor
{
    /// <summary>Where a key may start: not inside a word, or right after a JSON escape (<c>\n</c>, <c>\u0026</c>) or a percent-encoded byte.</summary>
    private const string KeyStart = @"(?:(?<![A-Za-z0-9_])|(?<=\\[nrt])|(?<=\\u[0-9a-fA-F]{4})|(?<=%[0-9a-fA-F]{2}))";

    /// <summary>A JSON or plain-text escape that belongs to a value: not an escaped quote, ampersand or newline.</summary>
    private const string Escape = @"\\u(?!00(?:22|26|27|3[cCeE]))[0-9a-fA-F]{4}|\\\\|\\(?![nrt""u\\])";

    /// <summary>An unquoted value in a key=value list: up to a separator, a quote or whitespace.</summary>
    private const string Value = @"(?:[^;&""'\s\\<>]|" + Escape + ")+";

    /// <summary>JSON property names whose string value is a secret.</summary>
    private const string SecretProperty = "(?:client_?secret|password|pwd|access_?token|refresh_?token|account_?key|shared_?access_?key)";

    public static string Redact(string text)
    {
        if (!MayContainSecret(text))
        {
            return text;
        }

        text = PemPrivateKey().Replace(text, "[REDACTED:private-key]");
        text = Jwt().Replace(text, "[REDACTED:jwt]");
        text = BearerToken().Replace(text, "${prefix}[REDACTED:bearer-token]");
        text = AccountKey().Replace(text, "${prefix}[REDACTED:account-key]");
        text = SasSignature().Replace(text, "${prefix}[REDACTED:sas-signature]");
        text = ConnectionStringPassword().Replace(text, "${prefix}[REDACTED:password]");
        text = UrlSecret().Replace(text, "${prefix}[REDACTED:secret]");
        text = JsonSecretProperty().Replace(text, "${prefix}[REDACTED:secret]");
        return text;
    }

    public static bool ContainsSecret(string text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    /// <summary>
    /// A cheap first look: false when the text has none of the words every pattern above starts from, so the full set of
    /// patterns only runs on text that could hold a secret. Never false for text the patterns would change.
    /// </summary>
    public static bool MayContainSecret(string? text) => !string.IsNullOrEmpty(text) && Trigger().IsMatch(text);

    [GeneratedRegex("private|eyJ|bearer|key|sig|pass|pwd|secret|assertion|token", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    // Ends at the END line, before an unescaped quote (a truncated key inside JSON) or at the end of the text.
    [GeneratedRegex(@"-----BEGIN(?: |%20|\+)(?:[A-Z0-9]+(?: |%20|\+))*PRIVATE(?: |%20|\+)KEY-----[\s\S]*?(?:-----END(?: |%20|\+)(?:[A-Z0-9]+(?: |%20|\+))*PRIVATE(?: |%20|\+)KEY-----|(?=(?<!\\)"")|$)")]
    private static partial Regex PemPrivateKey();

    // A JOSE header always starts with '{"', which is 'eyJ' in base64url.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?<prefix>" + KeyStart + @"Bearer(?:\s|\\[nrt]|%20|\+)+)(?:[A-Za-z0-9\-._~+/%]|\\u002[bBfF]|\\/){16,}(?:=|\\u003[dD])*", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?<prefix>" + KeyStart + @"(?:AccountKey|SharedAccessKey|PrimaryKey|SecondaryKey|AccessKey)\s*(?:=|%3[dD])\s*)" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"(?<prefix>" + KeyStart + @"sig(?:=|%3[dD]))(?:[A-Za-z0-9%+/=_.~-]|\\u00(?:2[bBfF]|3[dD])|\\/)+", RegexOptions.IgnoreCase)]
    private static partial Regex SasSignature();

    // Quoted values first ("…", '…', and escaped \"…\", \u0022…\u0022, \u0027…\u0027 at any depth), then an unquoted or unterminated one.
    [GeneratedRegex(
        @"(?<prefix>" + KeyStart + @"(?:Password|Pwd)\s*=\s*)"
        + @"(?:""(?![,:}\]])(?:[^""\r\n]|"""")+""|'[^'\r\n]+'|(?<q>\\+""|\\+u002[27])(?:(?!\k<q>)[^\r\n])+\k<q>"
        + @"|(?:""|'|\\+""|\\+u002[27])?(?:[^;""'\s\\]|" + Escape + ")+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<prefix>" + KeyStart + @"(?:client_secret|client_assertion|access_token|refresh_token|id_token)(?:=|%3[dD]))" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex UrlSecret();

    // "name":"value" in JSON, or the same JSON escaped inside a JSON string (\"name\":\"value\", \u0022name\u0022:…).
    [GeneratedRegex(
        @"(?<prefix>""" + SecretProperty + @"""\s*:\s*"")(?:[^""\\]|\\.)+(?="")"
        + @"|(?<prefix>(?<q>\\+""|\\+u0022)" + SecretProperty + @"\k<q>\s*:\s*\k<q>)(?:(?!\k<q>)[^\r\n])+(?=\k<q>)",
        RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecretProperty();
}
