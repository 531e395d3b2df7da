using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Blobs;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Privacy;

/// <summary>
/// Two people who leave data everywhere SreBot keeps it: a personal chat with an investigation (thread, messages, trace),
/// a message with their canary in a shared group chat, a restart request (approval) with the canary as reason, a decision
/// on the other's request, a local role, and an export blob. Each user's id and canary are unique to the test.
/// </summary>
public sealed partial class PersonalDataScenario(SreBotApp app, ConnectorRecorder connector)
{
    public const string SharedConversation = "19:ops-room@thread.v2";

    public string A { get; } = $"local:aad-alice-{Guid.NewGuid():N}";

    public string B { get; } = $"local:aad-bruno-{Guid.NewGuid():N}";

    public string CanaryA { get; } = $"canary-a-{Guid.NewGuid():N}";

    public string CanaryB { get; } = $"canary-b-{Guid.NewGuid():N}";

    public string ApprovalOfA { get; private set; } = string.Empty;

    public string ApprovalOfB { get; private set; } = string.Empty;

    public string PersonalThreadOf(string user) => new ConversationReference("msteams", connector.ServiceUrl, PersonalConversation(user), "personal", "tenant-1").ThreadId;

    public static string PersonalConversation(string user) => $"a:personal-{user}";

    public async Task SeedAsync()
    {
        Assert.True((await app.SetModeAsync("Privileged")).IsSuccessStatusCode);
        foreach (var (user, canary) in new[] { (A, CanaryA), (B, CanaryB) })
        {
            await SayAsync(user, "investigate app-checkout-api");
            await SayAsync(user, $"hello, my secret is {canary}");
            await SayAsync(user, $"did anyone see {canary}?", SharedConversation, "groupChat");
            var card = await SayAsync(user, $"restart app-checkout-api because {canary}");
            var approval = ApprovalId().Match(card.AllText).Value;
            Assert.False(string.IsNullOrEmpty(approval), card.AllText);
            if (user == A)
            {
                ApprovalOfA = approval;
            }
            else
            {
                ApprovalOfB = approval;
            }
        }

        // Each rejects the other's request, with a comment holding their own canary.
        Assert.True((await Client(A).PostAsJsonAsync($"/api/v1/approvals/{ApprovalOfB}/decision", new { decision = "reject", comment = $"no, {CanaryA}" }, TestContext.Token)).IsSuccessStatusCode);
        Assert.True((await Client(B).PostAsJsonAsync($"/api/v1/approvals/{ApprovalOfA}/decision", new { decision = "reject", comment = $"no, {CanaryB}" }, TestContext.Token)).IsSuccessStatusCode);

        // After the decisions: a change of a user's roles cancels their open requests.
        foreach (var user in new[] { A, B })
        {
            var roles = await app.ClientFor("ada", "admin").PutAsJsonAsync($"/api/v1/agent/roles/{user}", new { roles = new[] { "auditor" } }, TestContext.Token);
            Assert.True(roles.IsSuccessStatusCode);
        }

        foreach (var user in new[] { A, B })
        {
            Assert.True((await Client(user).GetAsync("/api/v1/me/export", TestContext.Token)).IsSuccessStatusCode);
        }
    }

    public HttpClient Client(string user) => app.ClientFor(user, "reader", "approver");

    public async Task<JsonElement> ExportAsync(string user)
        => await Client(user).GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);

    /// <summary>The files where anything may linger: the database, its write-ahead log and shared memory, and every blob file.</summary>
    public IEnumerable<string> FilesOnDisk()
        => Directory.EnumerateFiles(app.DataDirectory, $"{Shared.Storage.SqliteDatabase.FileName}*")
            .Concat(Directory.Exists(Path.Combine(app.DataDirectory, LocalFolderBlobStore.FolderName))
                ? Directory.EnumerateFiles(Path.Combine(app.DataDirectory, LocalFolderBlobStore.FolderName), "*", SearchOption.AllDirectories)
                : []);

    /// <summary>The files (by name) whose raw bytes contain <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> FilesContainingAsync(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var found = new List<string>();
        foreach (var file in FilesOnDisk())
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Token);
            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                found.Add(Path.GetRelativePath(app.DataDirectory, file));
            }
        }

        return found;
    }

    private async Task<RecordedActivity> SayAsync(string user, string text, string? conversation = null, string type = "personal")
    {
        conversation ??= PersonalConversation(user);
        var claimed = user[global::SreBot.Bot.Conversations.LocalChatUsers.Prefix.Length..]; // local mode: the chat user is local:<aadObjectId>
        var response = await app.CreateClient().PostAsJsonAsync(
            "/api/messages", ActivityBuilder.Message(connector.ServiceUrl, text, claimed, $"User {claimed[..9]}", conversation, type), TestContext.Token);
        Assert.True(response.IsSuccessStatusCode, $"{text}: {response.StatusCode}");
        return await connector.NextAsync(a => a.ConversationId == conversation && a.Type == "message");
    }

    [GeneratedRegex("apr_[0-9a-f]{32}")]
    private static partial Regex ApprovalId();
}
