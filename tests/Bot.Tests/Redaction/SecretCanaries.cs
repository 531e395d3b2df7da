using System.Security.Cryptography;

namespace SreBot.Bot.Tests.Redaction;

/// <summary>
/// One seeded secret of each kind, unique to a test run, in log lines for app-checkout-api. The secret parts are letters
/// only, so log grouping (which replaces digits and hex ids) cannot hide a leak; each line has a marker that is no secret,
/// so a test can see the line arrived.
/// </summary>
public sealed class SecretCanaries
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public SecretCanaries()
    {
        var c = Enumerable.Range(0, 12).Select(_ => RandomNumberGenerator.GetString(Letters, 24)).ToArray();
        Secrets = c;
        Lines =
        [
            ("CanaryMarkSas", $"Blob download failed CanaryMarkSas https://stcheckout.blob.core.windows.net/orders/o.json?sv=2022-11-02&ss=b&sp=r&se=2030-01-01&sig={c[0]}%2B{c[1]}%2F%3D"),
            ("CanaryMarkKeys", $"Storage connect failed CanaryMarkKeys DefaultEndpointsProtocol=https;AccountName=stcheckout;AccountKey={c[2]}+/{c[2]}==;EndpointSuffix=core.windows.net "
                + $"and Endpoint=sb://sb-orders.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={c[3]}="),
            ("CanaryMarkTokens", $"Token rejected CanaryMarkTokens Authorization: Bearer {c[4]}.{c[4]} id_token eyJhbGciOiJSUzI1NiJ9.eyJ{c[5]}.{c[6]}"),
            ("CanaryMarkPem", $"Signing key load failed CanaryMarkPem -----BEGIN RSA PRIVATE KEY-----\nMIIEow{c[7]}\n{c[8]}==\n-----END RSA PRIVATE KEY-----"),
            ("CanaryMarkPasswords", $"SQL login failed CanaryMarkPasswords Server=tcp:sql-orders;User ID=app;Password=\"{c[9]};x\";Encrypt=True "
                + $"Driver=odbc;Pwd={c[10]}; https://login.microsoftonline.com/t/oauth2/v2.0/token?client_id=app&client_secret={c[11]}&scope=x"),
        ];
    }

    /// <summary>
    /// The first secrets as a person would paste them into chat, a reason, a comment, a memory or a document, one form
    /// each: <c>AccountKey=…</c>, <c>accountKey: …</c>, <c>db password: …</c>, a JWT, a SAS URL.
    /// </summary>
    public IReadOnlyList<string> Pasted => [
        $"AccountKey={Secrets[0]}==",
        $"accountKey: {Secrets[1]}",
        $"db password: hunter2-canary-{Secrets[2]}",
        $"eyJhbGciOiJSUzI1NiJ9.eyJ{Secrets[3]}.{Secrets[4]}",
        $"https://stcheckout.blob.core.windows.net/orders/o.json?sv=2022-11-02&sp=r&sig={Secrets[5]}",
    ];

    /// <summary>The secret parts; none may appear anywhere SreBot writes.</summary>
    public IReadOnlyList<string> Secrets { get; }

    public IReadOnlyList<(string Marker, string Message)> Lines { get; }

    /// <summary>
    /// Each line as an Error on app-checkout-api, <paramref name="copies"/> times at the current minute: 40 copies fill the
    /// 200 newest errors an investigation reads, so every line is among its top errors.
    /// </summary>
    public Dictionary<string, string?> Settings(int copies = 40, string scenario = "healthy")
    {
        var settings = new Dictionary<string, string?> { ["Estate:Sandbox:Scenario"] = scenario };
        var i = 0;
        foreach (var (_, message) in Lines)
        {
            for (var copy = 0; copy < copies; copy++, i++)
            {
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Resource"] = "app-checkout-api";
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Level"] = "Error";
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Message"] = message;
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:MinutesAgo"] = "0";
            }
        }

        return settings;
    }

    /// <summary>Fails with the place and the secret if any secret is in <paramref name="text"/>.</summary>
    public void AssertNoneIn(string text, string where)
    {
        var leaked = Secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"{leaked.Count} secret(s) leaked into {where}: "
            + string.Join(", ", leaked.Select(s => text.Substring(Math.Max(0, text.IndexOf(s, StringComparison.Ordinal) - 80), Math.Min(text.Length - Math.Max(0, text.IndexOf(s, StringComparison.Ordinal) - 80), 80 + s.Length)))));
    }
}
