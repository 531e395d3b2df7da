using System.Text.RegularExpressions;

namespace SreBot.Shared.Redaction;

/// <summary>
/// Removes secrets from text before it leaves the call path: SAS signatures, storage account keys,
/// bearer tokens and JWTs, PEM private keys, and passwords in connection strings.
/// Each match is replaced by <c>[REDACTED:kind]</c>, keeping the surrounding text readable.
/// </summary>
public static partial class SecretRedactor
{
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = PemPrivateKey().Replace(text, "[REDACTED:private-key]");
        text = Jwt().Replace(text, "[REDACTED:jwt]");
        text = BearerToken().Replace(text, "${prefix}[REDACTED:bearer-token]");
        text = AccountKey().Replace(text, "${prefix}[REDACTED:account-key]");
        text = SasSignature().Replace(text, "${prefix}[REDACTED:sas-signature]");
        text = ConnectionStringPassword().Replace(text, "${prefix}[REDACTED:password]");
        return text;
    }

    public static bool ContainsSecret(string text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)")]
    private static partial Regex PemPrivateKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?<prefix>\bBearer\s+)[A-Za-z0-9\-._~+/]{16,}=*", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?<prefix>\b(?:AccountKey|SharedAccessKey|PrimaryKey|SecondaryKey)\s*=\s*)[^;""'\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"(?<prefix>[?&;]\s*sig=)[^&;""'\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"(?<prefix>\b(?:Password|Pwd)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;""'\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();
}
