using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Blobs;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Tests.Knowledge;

/// <summary><c>/api/v1/knowledge</c> through the real host, with a small document limit (4 KiB) to test 413.</summary>
public sealed class KnowledgeApiTests : IDisposable
{
    private const int Limit = 4096;

    private readonly SreBotApp _app = new(new Dictionary<string, string?> { ["Knowledge:MaxDocumentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly string _canary = $"canary{Guid.NewGuid():N}";

    [Fact]
    public async Task Admin_UploadsJson_ReadersListAndReadIt_TheOriginalIsABlob()
    {
        var uploaded = await _app.ClientFor("ada", "admin").PostAsJsonAsync("/api/v1/knowledge",
            new { name = "restart.md", content = "# Restart\n\nRestart app-checkout-api when it leaks memory.", contentType = "text/markdown" }, TestContext.Token);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        var id = document.GetProperty("id").GetString()!;
        var reader = _app.ClientFor("rita", "reader");

        var list = await reader.GetFromJsonAsync<JsonElement>("/api/v1/knowledge", TestContext.Token);
        var one = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/knowledge/{id}", TestContext.Token);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal($"/api/v1/knowledge/{id}", uploaded.Headers.Location?.OriginalString);
        Assert.Equal("ada", document.GetProperty("uploadedBy").GetString());
        Assert.Equal(1, document.GetProperty("passages").GetInt32());
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("leaks memory", one.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_app.DataDirectory, LocalFolderBlobStore.FolderName, "knowledge", $"{id}.md")));
        var created = await _app.Audit.QueryAsync(new AuditQuery(EventType: KnowledgeAuditEvents.Created), TestContext.Token);
        Assert.Equal(id, Assert.Single(created).Detail);
    }

    [Fact]
    public async Task Admin_UploadsMultipart_PlainTextByExtension()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Check the payment gateway status page first."));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "gateway.txt");

        var response = await _app.ClientFor("ada", "admin").PostAsync("/api/v1/knowledge", form, TestContext.Token);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("gateway.txt", document.GetProperty("name").GetString());
        Assert.Equal("text/plain", document.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Refusals_Are401_403_413_415_400_AsProblemJson_AndStoreNothing()
    {
        var admin = _app.ClientFor("ada", "admin");
        using var binary = new MultipartFormDataContent();
        var bytes = new ByteArrayContent([0x23, 0x20, 0xC3, 0x28, 0xFF, 0xFE]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        binary.Add(bytes, "file", "broken.md");
        using var pdf = new MultipartFormDataContent();
        pdf.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7")), "file", "runbook.pdf");

        var responses = new Dictionary<string, (HttpResponseMessage Response, HttpStatusCode Expected)>
        {
            ["no token"] = (await _app.CreateClient().PostAsJsonAsync("/api/v1/knowledge", new { name = "a.md", content = "x" }, TestContext.Token), HttpStatusCode.Unauthorized),
            ["reader uploads"] = (await _app.ClientFor("rita", "reader").PostAsJsonAsync("/api/v1/knowledge", new { name = "a.md", content = "x" }, TestContext.Token), HttpStatusCode.Forbidden),
            ["auditor lists"] = (await _app.ClientFor("aud", "auditor").GetAsync("/api/v1/knowledge", TestContext.Token), HttpStatusCode.Forbidden),
            ["too large"] = (await admin.PostAsJsonAsync("/api/v1/knowledge", new { name = "big.md", content = new string('a', Limit + 1) }, TestContext.Token), HttpStatusCode.RequestEntityTooLarge),
            ["body too large"] = (await admin.PostAsync("/api/v1/knowledge", new StringContent(new string(' ', (Limit * 2) + (64 * 1024) + 1), Encoding.UTF8, "application/json"), TestContext.Token), HttpStatusCode.RequestEntityTooLarge),
            ["html"] = (await admin.PostAsJsonAsync("/api/v1/knowledge", new { name = "a.html", content = "<p>x</p>", contentType = "text/html" }, TestContext.Token), HttpStatusCode.UnsupportedMediaType),
            ["pdf file"] = (await admin.PostAsync("/api/v1/knowledge", pdf, TestContext.Token), HttpStatusCode.UnsupportedMediaType),
            ["xml body"] = (await admin.PostAsync("/api/v1/knowledge", new StringContent("<doc/>", Encoding.UTF8, "application/xml"), TestContext.Token), HttpStatusCode.UnsupportedMediaType),
            ["invalid utf-8"] = (await admin.PostAsync("/api/v1/knowledge", binary, TestContext.Token), HttpStatusCode.BadRequest),
            ["nul byte"] = (await admin.PostAsJsonAsync("/api/v1/knowledge", new { name = "a.md", content = "a\u0000b" }, TestContext.Token), HttpStatusCode.BadRequest),
            ["empty"] = (await admin.PostAsJsonAsync("/api/v1/knowledge", new { name = "a.md", content = "  \n" }, TestContext.Token), HttpStatusCode.BadRequest),
            ["no name"] = (await admin.PostAsJsonAsync("/api/v1/knowledge", new { content = "text" }, TestContext.Token), HttpStatusCode.BadRequest),
            ["malformed json"] = (await admin.PostAsync("/api/v1/knowledge", new StringContent("{\"name\":", Encoding.UTF8, "application/json"), TestContext.Token), HttpStatusCode.BadRequest),
            ["unknown id"] = (await admin.GetAsync("/api/v1/knowledge/kd_nope", TestContext.Token), HttpStatusCode.NotFound),
        };

        foreach (var (name, (response, expected)) in responses)
        {
            Assert.True(expected == response.StatusCode, $"{name}: expected {(int)expected}, got {(int)response.StatusCode}");
            if (expected != HttpStatusCode.Unauthorized)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{name}: {response.Content.Headers.ContentType}");
            }
        }

        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/knowledge", TestContext.Token)).GetArrayLength());
        Assert.Empty(Directory.Exists(Path.Combine(_app.DataDirectory, "blobs")) ? Directory.EnumerateFiles(Path.Combine(_app.DataDirectory, "blobs"), "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Delete_PurgesRowsIndexAndBlob_SoNothingRemainsInTheFiles()
    {
        var admin = _app.ClientFor("ada", "admin");
        var uploaded = await admin.PostAsJsonAsync("/api/v1/knowledge", new { name = "canary.md", content = $"# Canary\n\nThe {_canary} procedure restarts everything." }, TestContext.Token);
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("id").GetString()!;
        Assert.True(await DatabaseFiles.ContainsAsync(_app.DataDirectory, _canary));

        var notAdmin = await _app.ClientFor("olga", "operator").DeleteAsync($"/api/v1/knowledge/{id}", TestContext.Token);
        var deleted = await admin.DeleteAsync($"/api/v1/knowledge/{id}", TestContext.Token);
        var again = await admin.DeleteAsync($"/api/v1/knowledge/{id}", TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(await _app.Services.GetRequiredService<KnowledgeLibrary>().SearchAsync(_canary, 5, TestContext.Token));
        await DatabaseFiles.AssertNotFoundAsync(_app.DataDirectory, _canary);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_app.DataDirectory, "blobs"), "*", SearchOption.AllDirectories));
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    public void Dispose() => _app.Dispose();
}
