using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using SreBot.EndToEnd.Tests.Blobs;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Governance;

/// <summary>
/// The acceptance path on the real host (a separate process) with its blobs in Azurite and local tokens from the
/// <c>token</c> command: a user's data round-trips export → erase → export (empty); no byte of them stays in the
/// database files or the container; another user's export stays; the audit chain verifies.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PersonalDataAcceptanceTests(AzuriteProcess azurite) : IAsyncLifetime
{
    private readonly string _container = $"acceptance-{Guid.NewGuid():N}";
    private BotProcess _bot = null!;

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public async Task InitializeAsync()
    {
        _bot = new BotProcess(null, new Dictionary<string, string?>
        {
            ["Storage__Blobs__Kind"] = "AzureBlob",
            ["Storage__Blobs__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Blobs__ContainerName"] = _container,
        });
        await _bot.InitializeAsync();
    }

    [Fact]
    public async Task ExportEraseExport_ThroughTheApi_LeavesNothingOfTheUser()
    {
        var (alice, bruno) = ($"alice-{Guid.NewGuid():N}", $"bruno-{Guid.NewGuid():N}");
        using var admin = await ClientAsync("ada", "admin", "auditor");
        using var a = await ClientAsync(alice, "reader");
        using var b = await ClientAsync(bruno, "reader");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/agent/roles/{alice}", new { roles = new[] { "operator" } }, Token)).StatusCode);
        await a.GetFromJsonAsync<JsonElement>("/api/v1/me/export", Token);
        var first = await a.GetFromJsonAsync<JsonElement>("/api/v1/me/export", Token);
        var kept = (await b.GetFromJsonAsync<JsonElement>("/api/v1/me/export", Token)).GetProperty("exportId").GetString();
        Assert.Equal(1, first.GetProperty("counts").GetProperty("roles").GetInt32());
        Assert.Equal(1, first.GetProperty("counts").GetProperty("exports").GetInt32());
        Assert.Contains(alice, await ContainerTextAsync(), StringComparison.Ordinal);

        var erase = await a.DeleteAsync("/api/v1/me", Token);

        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var erased = (await erase.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("erased");
        Assert.Equal(1, erased.GetProperty("roles").GetInt32());
        Assert.Equal(2, erased.GetProperty("exports").GetInt32());
        Assert.DoesNotContain(alice, await ContainerTextAsync(), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_bot.DataDirectory, "srebot.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, Token);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(alice)) < 0, $"{Path.GetFileName(file)} still holds the erased user's id\n{_bot.Describe()}");
        }

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/api/v1/me/exports/{kept}", Token)).StatusCode);
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Token);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.GetRawText());

        // Asking again is new activity (audited, and kept as a new export): it finds nothing of before.
        var second = await a.GetFromJsonAsync<JsonElement>("/api/v1/me/export", Token);
        Assert.All(second.GetProperty("counts").EnumerateObject(), c => Assert.Equal(0, c.Value.GetInt32()));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await new BlobContainerClient(azurite.ConnectionString, _container).DeleteIfExistsAsync(cancellationToken: Token);
    }

    private async Task<HttpClient> ClientAsync(string user, params string[] roles)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = _bot.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _bot.MintTokenAsync(user, roles, Token));
        return client;
    }

    private async Task<string> ContainerTextAsync()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, _container);
        var text = new StringBuilder();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: Token))
        {
            text.AppendLine((await container.GetBlobClient(item.Name).DownloadContentAsync(Token)).Value.Content.ToString());
        }

        return text.ToString();
    }
}
