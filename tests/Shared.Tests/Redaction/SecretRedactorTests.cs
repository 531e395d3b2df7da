using System.Text.Encodings.Web;
using System.Text.Json;
using SreBot.Shared.Redaction;

namespace SreBot.Shared.Tests.Redaction;

public sealed class SecretRedactorTests
{
    private const string Sig = "Zm9vYmFyLXNpZ25hdHVyZQ%2BAbC%2Fde%3D";
    private const string Key = "c2VjcmV0LWFjY291bnQta2V5+Zm9v/YmFyYmF6cXV4cXV1eA==";
    private const string Jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkiLCJhdWQiOiJhcGkifQ.c2lnbmF0dXJlLWNhbmFyeS1ieXRlcw";
    private const string Opaque = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/";
    private const string Pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAcanaryPemBody1\nMIIEowIBAAKCAQEAcanaryPemBody2\n-----END RSA PRIVATE KEY-----";

    public static TheoryData<string, string, string> Secrets => new()
    {
        { "sas", $"GET https://stcheckout.blob.core.windows.net/orders/o.json?sv=2022-11-02&ss=b&sp=r&se=2026-01-01T00:00:00Z&sig={Sig} 403", Sig },
        { "sas-plain-base64", "sv=2022-11-02&sr=b&sig=abc+def/ghi=jklMNOpqr= failed", "abc+def/ghi=jklMNOpqr=" },
        { "sas-double-encoded", "redirect=https%3A%2F%2Fst.blob.core.windows.net%2Fc%3Fsv%3D2022%26sig%3DqweRTYuiop%252Basdf", "qweRTYuiop" },
        { "account-key", $"DefaultEndpointsProtocol=https;AccountName=stcheckout;AccountKey={Key};EndpointSuffix=core.windows.net", Key },
        { "shared-access-key", $"Endpoint=sb://sb-orders.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={Key}", Key },
        { "jwt", $"token rejected: {Jwt} (expired)", "c2lnbmF0dXJlLWNhbmFyeS1ieXRlcw" },
        { "bearer", $"Authorization: Bearer {Opaque}", Opaque },
        { "pem", $"loaded key {Pem} from disk", "canaryPemBody" },
        { "pem-ec", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIcanaryEcBody\n-----END EC PRIVATE KEY-----", "canaryEcBody" },
        { "pem-pkcs8-truncated", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANcanaryTruncated", "canaryTruncated" },
        { "password-unquoted", "Server=tcp:sql-orders.database.windows.net;User ID=app;Password=Hunter2!canary;Encrypt=True", "Hunter2!canary" },
        { "password-double-quoted", "Server=sql;User ID=app;Password=\"p;w d canary\";Encrypt=True", "p;w d canary" },
        { "password-single-quoted", "Server=sql;Password='pw;canary two';", "pw;canary two" },
        { "pwd", "Driver={ODBC Driver 18};Server=sql;Uid=app;Pwd=PwdCanary42;", "PwdCanary42" },
        { "client-secret", "POST https://login.microsoftonline.com/t/oauth2/v2.0/token?client_id=abc&client_secret=Cs~canary.Value_1&scope=x", "Cs~canary.Value_1" },
        { "json-property", "{\"clientSecret\":\"jsonPropCanary\"}", "jsonPropCanary" },
        { "account-key-colon", $"storage accountKey: {Key} for stcheckout", Key },
        { "db-password-colon", "db password: hunter2-canary-Q7 (rotate soon)", "hunter2-canary-Q7" },
        { "password-colon-quoted", "password: \"p w canary\" in the vault", "p w canary" },
        { "password-env", "MYSQL_ROOT_PASSWORD=EnvCanary77 docker run mysql", "EnvCanary77" },
        { "password-camel-case", "dbPassword: CamelCanary88", "CamelCanary88" },
        { "password-markdown-bold", "**Password:** BoldCanary9 (until Friday)", "BoldCanary9" },
        { "api-key-equals", "api_key = ApiKeyCanary123", "ApiKeyCanary123" },
        { "api-key-header", "curl -H 'X-Api-Key: HeaderKeyCanary456' https://api.example.com", "HeaderKeyCanary456" },
        { "subscription-key-header", "Ocp-Apim-Subscription-Key: SubKeyCanary789", "SubKeyCanary789" },
        { "client-secret-spaced", "client secret: Cs~spaced.canary_2", "Cs~spaced.canary_2" },
        { "secret-yaml", "  secret: 'yaml canary value'", "yaml canary value" },
        { "access-token-spaced", "access token: AccessTokCanary00", "AccessTokCanary00" },
        { "json-api-key", "{\"apiKey\":\"jsonApiKeyCanary\"}", "jsonApiKeyCanary" },
        { "json-db-password", "{\"db_password\":\"jsonDbPwCanary\"}", "jsonDbPwCanary" },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Secret_IsRedacted_InPlainText(string kind, string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:", redacted, StringComparison.Ordinal);
        Assert.True(SecretRedactor.ContainsSecret(text), kind);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Secret_IsRedacted_InJsonText_AndTheJsonStaysValid(string kind, string text, string secret)
    {
        foreach (var options in JsonWriters())
        {
            var json = JsonSerializer.Serialize(new { message = "line one\n" + text + "\nline 'three'", nested = JsonSerializer.Serialize(new { text }, options) }, options);

            var redacted = SecretRedactor.Redact(json);

            using var parsed = JsonDocument.Parse(redacted);
            var message = parsed.RootElement.GetProperty("message").GetString()!;
            var nested = parsed.RootElement.GetProperty("nested").GetString()!;
            Assert.False(Contains(redacted, secret), $"{kind}: {redacted}");
            Assert.False(Contains(message, secret) || Contains(nested, secret), $"{kind}: {message} {nested}");
            Assert.StartsWith("line one\n", message, StringComparison.Ordinal);
            if (kind != "pem-pkcs8-truncated")
            {
                // A key without its END line is redacted to the end of the string: failing closed.
                Assert.EndsWith("\nline 'three'", message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void MayContainSecret_IsTrue_ForEveryTextThePatternsChange(string kind, string text, string secret)
    {
        Assert.True(SecretRedactor.MayContainSecret(text), kind);
        Assert.True(SecretRedactor.MayContainSecret(JsonSerializer.Serialize(new { text })), kind);
        Assert.NotEmpty(secret);
    }

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Redacting_RedactedText_ChangesNothing(string kind, string text, string secret)
    {
        var once = SecretRedactor.Redact(text);

        Assert.Equal(once, SecretRedactor.Redact(once));
        Assert.True(SecretRedactor.ContainsRedaction(once), kind);
        Assert.DoesNotContain(secret, once, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_CountsTheSecretsItRemoved()
    {
        var text = $"accountKey: {Key}\ndb password: hunter2-canary\ntoken {Jwt}\nhttps://st.blob.core.windows.net/c/b?sv=2022&sig={Sig}\nnothing else here";

        var redacted = SecretRedactor.Redact(text, out var secrets);

        Assert.Equal(4, secrets);
        Assert.Equal("accountKey: [REDACTED:secret]\ndb password: [REDACTED:password]\ntoken [REDACTED:jwt]\nhttps://st.blob.core.windows.net/c/b?sv=2022&sig=[REDACTED:sas-signature]\nnothing else here", redacted);
        Assert.Equal("nothing to see", SecretRedactor.Redact("nothing to see", out var none));
        Assert.Equal(0, none);
    }

    [Fact]
    public void SasSignature_WithEncodedCharacters_IsRedactedWhole_AndTheRestOfTheUrlStays()
    {
        var url = $"https://st.blob.core.windows.net/c/b?sv=2022-11-02&sig={Sig}&se=2026-01-01";

        var redacted = SecretRedactor.Redact(url);

        Assert.Equal("https://st.blob.core.windows.net/c/b?sv=2022-11-02&sig=[REDACTED:sas-signature]&se=2026-01-01", redacted);
    }

    [Fact]
    public void SasSignature_InJsonEscapedQuery_IsRedactedWhole()
    {
        var json = JsonSerializer.Serialize(new { url = "https://st.blob.core.windows.net/c/b?sv=2022&sig=ab+cd/ef==&sp=r" });
        Assert.Contains("\\u0026sig=", json, StringComparison.Ordinal);

        var redacted = SecretRedactor.Redact(json);

        Assert.Equal("https://st.blob.core.windows.net/c/b?sv=2022&sig=[REDACTED:sas-signature]&sp=r", JsonDocument.Parse(redacted).RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void Password_KeepsTheRestOfTheConnectionString()
    {
        var redacted = SecretRedactor.Redact("Server=sql;Password=\"a;b\";Encrypt=True");

        Assert.Equal("Server=sql;Password=[REDACTED:password];Encrypt=True", redacted);
    }

    [Fact]
    public void NamedSecret_InAQuoteThatNeverCloses_IsRedactedToTheNextSpace_AndTheRestStays()
    {
        var text = "db password: 'NeverClosedCanary and then " + new string('x', 2000);

        var redacted = SecretRedactor.Redact(text);

        Assert.Equal("db password: [REDACTED:password] and then " + new string('x', 2000), redacted);
    }

    [Fact]
    public void PemKey_WithJsonNewlineEscapes_IsRedactedWhole()
    {
        var json = JsonSerializer.Serialize(new { key = Pem, after = "kept" });

        var redacted = SecretRedactor.Redact(json);

        using var parsed = JsonDocument.Parse(redacted);
        Assert.Equal("[REDACTED:private-key]", parsed.RootElement.GetProperty("key").GetString());
        Assert.Equal("kept", parsed.RootElement.GetProperty("after").GetString());
    }

    [Theory]
    [InlineData("2026-11-24T15:57:19Z INFO GET /api/cart/3fa9c2d1 200 in 35 ms")]
    [InlineData("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.")]
    [InlineData("/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData("correlation 6f1c2b9e-4c7d-4b8a-9a0e-2f3d4c5b6a79 trace 0af7651916cd43dd8448eb211c80319c")]
    [InlineData("payload dGhpcyBpcyBub3QgYSBKV1QsIGp1c3QgYmFzZTY0IHRleHQ= and eyJmb28iOiJiYXIifQ==")]
    [InlineData("Application started. Checkout.Api 2.14.3; hosting environment: Production; content root: /home/site/wwwroot")]
    [InlineData("Bearer authentication failed: token expired")]
    [InlineData("User changed their password; signature verified; design=signed; assignment=ok")]
    [InlineData("Server=tcp:sql-orders.database.windows.net,1433;Database=orders;Authentication=Active Directory Managed Identity")]
    [InlineData("https://stcheckout.blob.core.windows.net/orders/o.json?comp=list&restype=container")]
    [InlineData("version 1.2.3.4 deployed to app.example.com")]
    [InlineData("Reset the db password for app-checkout-api; the secret rotated and the api key was renewed.")]
    [InlineData("monkey: 3, keyboard: us, keys: 4, tokens: 12, passwords: 2, key: value, token: expired")]
    [InlineData("sort key: name; primary key: order_id; partition_key=tenant; secretName: kv-orders-db")]
    [InlineData("Password reset: done. Password policy: 12 characters. olga-secret-plan: restarts at 03:00")]
    [InlineData("Update the Key Vault secret that apps read, then restart nothing: apps pick up the new key on the next read.")]
    public void OrdinaryText_IsUntouched(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
        var json = JsonSerializer.Serialize(new { text });
        Assert.Equal(json, SecretRedactor.Redact(json));
    }

    private static JsonSerializerOptions[] JsonWriters()
        => [JsonSerializerOptions.Default, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }];

    // A secret may come back JSON-escaped (+ as \u002B, ' as \u0027), so look for it in decoded form as well.
    private static bool Contains(string text, string secret)
        => text.Contains(secret, StringComparison.Ordinal)
            || text.Contains(JsonSerializer.Serialize(secret)[1..^1], StringComparison.Ordinal)
            || text.Contains(JsonSerializer.Serialize(JsonSerializer.Serialize(secret)[1..^1])[1..^1], StringComparison.Ordinal);
}
