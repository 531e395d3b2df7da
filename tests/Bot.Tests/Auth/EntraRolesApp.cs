using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.BotAuthentication;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;

namespace SreBot.Bot.Tests.Auth;

/// <summary>
/// The real host on an authenticated channel (a bot app id; Bot Connector tokens minted against a loopback OpenID server)
/// whose Teams users get their roles from a fresh directory of the fake Microsoft Graph (loopback HTTPS, trusted through
/// <c>SSL_CERT_FILE</c>; SreBot's own managed identity from the fake's <c>IDENTITY_ENDPOINT</c>), on fake time. SreBot's
/// service principal defines the five app roles.
/// </summary>
public sealed class EntraRolesApp : IAsyncDisposable
{
    public const string AppId = "6d8b2f1e-93a4-4c5d-8e7f-0a1b2c3d4e5f";
    public const string GroupChat = "19:ops-room@thread.v2";

    private readonly OpenIdTestServer _openId;

    private EntraRolesApp(OpenIdTestServer openId, ConnectorRecorder connector, FakeDirectory directory, FakeServicePrincipal principal, FakeTimeProvider time, IDictionary<string, string?> settings)
    {
        _openId = openId;
        Connector = connector;
        Directory = directory;
        Principal = principal;
        Time = time;
        App = new SreBotApp(
            new Dictionary<string, string?>(settings)
            {
                ["Bot:AppId"] = AppId,
                ["Bot:OpenIdMetadataUrl"] = openId.MetadataUrl,
                ["Bot:AllowedServiceUrls:0"] = connector.ServiceUrl,
                ["Auth:Graph:Endpoint"] = directory.GraphEndpoint.ToString(),
                ["Auth:Graph:ServicePrincipalId"] = principal.Id,
                ["Auth:Graph:CacheDuration"] = "00:05:00",
            },
            time);
    }

    public SreBotApp App { get; }

    public ConnectorRecorder Connector { get; }

    public FakeDirectory Directory { get; }

    public FakeServicePrincipal Principal { get; }

    public FakeTimeProvider Time { get; }

    /// <param name="settings">More host settings (e.g. <c>Auth:Graph:GroupRoles:{group}</c>).</param>
    public static async Task<EntraRolesApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = FakeAzureServer.Shared.NewDirectory();
        var principal = directory.AddServicePrincipal("SreBot", "reader", "operator", "approver", "admin", "auditor", "something-else");
        var openId = await OpenIdTestServer.StartAsync(TestContext.Token);
        var connector = await ConnectorRecorder.StartAsync();
        return new EntraRolesApp(openId, connector, directory, principal, new FakeTimeProvider(DateTimeOffset.UtcNow), settings ?? new Dictionary<string, string?>());
    }

    public static string NewUser() => Guid.NewGuid().ToString();

    /// <summary>Graph requests about <paramref name="user"/> so far.</summary>
    public int GraphRequestsAbout(string user) => Directory.Requests.Count(r => r.Path.Contains($"/users/{user}/", StringComparison.OrdinalIgnoreCase));

    /// <summary>Posts an activity to <c>/api/messages</c> with a valid Bot Connector token.</summary>
    public Task<HttpResponseMessage> SendAsync(object activity)
    {
        var token = new BotTokenMinter(AppId, TimeProvider.System).Mint(_openId.TeamsKey, d => d.Claims[BotConnectorDefaults.ServiceUrlClaim] = Connector.ServiceUrl);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.PostAsJsonAsync("/api/messages", activity, TestContext.Token);
    }

    /// <summary>Says <paramref name="text"/> in the group chat as <paramref name="user"/> and returns SreBot's reply.</summary>
    public async Task<RecordedActivity> SayAsync(string user, string text, string name = "Olga Operator")
    {
        await SendAsync(ActivityBuilder.Message(Connector.ServiceUrl, text, aadObjectId: user, name: name, conversationId: GroupChat, conversationType: "groupChat"));
        return await Connector.NextAsync(a => a.Method == "POST" && a.ConversationId == GroupChat);
    }

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Connector.DisposeAsync();
        await _openId.DisposeAsync();
    }
}
