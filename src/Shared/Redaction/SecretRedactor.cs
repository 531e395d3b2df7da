using System.Text.RegularExpressions;

namespace SreBot.Shared.Redaction;

/// <summary>
/// Removes secrets from text: SAS signatures, storage and Service Bus keys, bearer tokens and JWTs, PEM private keys,
/// passwords in connection strings, OAuth secrets in URLs and JSON, and <c>name: value</c> / <c>name = value</c> pairs
/// whose name says secret (<c>db password: …</c>, <c>accountKey: …</c>, <c>api_key=…</c>, <c>client secret: …</c>).
/// Each match is replaced by <c>[REDACTED:kind]</c>, keeping the surrounding text readable. Used on what tools return
/// and on every text a person or client supplies, as it comes in.
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

    /// <summary>
    /// A quoted value: <c>"…"</c>, <c>'…'</c>, or between escaped quotes at any depth (<c>\"…\"</c>, <c>\u0022…\u0022</c>,
    /// <c>\u0027…\u0027</c>). At most 512 characters, so a quote that never closes costs a bounded look ahead.
    /// </summary>
    private const string QuotedValue = @"""(?![,:}\]])(?:[^""\r\n]|""""){1,512}""|'[^'\r\n]{1,512}'|(?<q>\\+""|\\+u002[27])(?:(?!\k<q>)[^\r\n]){1,512}\k<q>";

    /// <summary>JSON property names whose string value is a secret, alone or at the end of a longer name (<c>dbPassword</c>, <c>storage_account_key</c>).</summary>
    private const string SecretProperty = "(?:[A-Za-z0-9_.-]*(?:secret|password|passwd|passphrase|pwd|access_?token|refresh_?token|id_?token|auth_?token|"
        + "sas_?token|api_?key|access_?key|account_?key|storage_?key|shared_?access_?key|master_?key|subscription_?key|functions?_?key))";

    /// <summary>
    /// Where a name in a <c>name: value</c> pair may start: where a key may, after <c>_</c>, <c>.</c> or <c>-</c>
    /// (<c>DB_PASSWORD</c>), or at a camel-case hump (<c>dbPassword</c>).
    /// </summary>
    private const string NameStart = @"(?:(?<![A-Za-z0-9])|(?-i:(?<=[a-z0-9])(?=[A-Z]))|(?<=\\[nrt])|(?<=\\u[0-9a-fA-F]{4})|(?<=%[0-9a-fA-F]{2}))";

    /// <summary>
    /// Names that say their value is a secret. Bare <c>key</c> and <c>token</c> are not among them (<c>sort key: name</c>,
    /// <c>token: expired</c> are ordinary text), nor database <c>primary key</c>s.
    /// </summary>
    private const string SecretName = @"(?<name>pass(?:word|wd|phrase)|pwd|secret"
        + @"|(?:api|access|account|storage|shared[ _-]?access|master|subscription|functions?)[ _-]?key"
        + @"|(?:access|refresh|id|auth|api|sas|session)[ _-]?token)";

    public static string Redact(string text) => Redact(text, out _);

    /// <summary>Redacts <paramref name="text"/> and says how many secrets it removed.</summary>
    public static string Redact(string text, out int secrets)
    {
        secrets = 0;
        if (!MayContainSecret(text))
        {
            return text;
        }

        var count = 0;
        string Mark(Match match, string kind)
        {
            count++;
            return match.Groups["prefix"].Value + "[REDACTED:" + kind + "]";
        }

        text = PemPrivateKey().Replace(text, m => Mark(m, "private-key"));
        text = Jwt().Replace(text, m => Mark(m, "jwt"));
        text = BearerToken().Replace(text, m => Mark(m, "bearer-token"));
        text = AccountKey().Replace(text, m => Mark(m, "account-key"));
        text = SasSignature().Replace(text, m => Mark(m, "sas-signature"));
        text = ConnectionStringPassword().Replace(text, m => Mark(m, "password"));
        text = UrlSecret().Replace(text, m => Mark(m, "secret"));
        text = JsonSecretProperty().Replace(text, m => Mark(m, "secret"));
        text = NamedSecret().Replace(text, m => Mark(m, char.ToLowerInvariant(m.Groups["name"].Value[0]) == 'p' ? "password" : "secret"));
        secrets = count;
        return text;
    }

    /// <summary>True when the text holds what <see cref="Redact(string)"/> leaves in place of a secret.</summary>
    public static bool ContainsRedaction(string text) => text.Contains("[REDACTED:", StringComparison.Ordinal);

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
        + @"(?:" + QuotedValue
        + @"|(?:""|'|\\+""|\\+u002[27])?(?:[^;""'\s\\]|" + Escape + ")+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<prefix>" + KeyStart + @"(?:client_secret|client_assertion|access_token|refresh_token|id_token)(?:=|%3[dD]))" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex UrlSecret();

    // name: value and name = value, in prose, YAML, headers and .env files (after a Markdown **, _ or `), value quoted or
    // not; a value already redacted (by the patterns above, or before) is left as it is, so redacting twice changes nothing.
    [GeneratedRegex(
        @"(?<prefix>" + NameStart + SecretName + @"(?>[*_`]{0,2}[ \t]*(?::|=|%3[aAdD])[*_`]{0,2}[ \t]*))(?!\[REDACTED:)"
        + @"(?:" + QuotedValue
        + @"|(?:""|'|\\+""|\\+u002[27])?" + Value + ")",
        RegexOptions.IgnoreCase)]
    private static partial Regex NamedSecret();

    // "name":"value" in JSON, or the same JSON escaped inside a JSON string (\"name\":\"value\", \u0022name\u0022:…).
    [GeneratedRegex(
        @"(?<prefix>""" + SecretProperty + @"""\s*:\s*"")(?:[^""\\]|\\.)+(?="")"
        + @"|(?<prefix>(?<q>\\+""|\\+u0022)" + SecretProperty + @"\k<q>\s*:\s*\k<q>)(?:(?!\k<q>)[^\r\n])+(?=\k<q>)",
        RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecretProperty();
}
