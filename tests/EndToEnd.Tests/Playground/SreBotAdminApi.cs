using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>SreBot's <c>/api/v1</c> as an admin (user <c>ada</c>): what the Playground tests set up and check besides the chat.</summary>
public sealed class SreBotAdminApi : IDisposable
{
    public const string AdminUser = "ada";

    private readonly HttpClient http;

    private SreBotAdminApi(HttpClient http) => this.http = http;

    public static async Task<SreBotAdminApi> CreateAsync(BotProcess bot, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bot.MintTokenAsync(AdminUser, ["admin"], cancellationToken));
        return new SreBotAdminApi(http);
    }

    /// <summary><c>POST /api/v1/agent/mode</c>.</summary>
    public async Task SetModeAsync(string mode, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/v1/agent/mode", new { mode }, cancellationToken);
        await EnsureSuccessAsync(response, $"setting the mode to {mode}", cancellationToken);
    }

    /// <summary><c>PUT /api/v1/agent/roles/local:{aadObjectId}</c>: the complete set of local roles of a Playground user.</summary>
    public async Task SetRolesAsync(PlaygroundUser user, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync($"api/v1/agent/roles/{Uri.EscapeDataString(user.SreBotUserId)}", new { roles }, cancellationToken);
        await EnsureSuccessAsync(response, $"giving {user.Name} the roles {string.Join(", ", roles)}", cancellationToken);
    }

    /// <summary><c>GET /api/v1/approvals/{id}</c>.</summary>
    public async Task<JsonElement> GetApprovalAsync(string approvalId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/v1/approvals/{Uri.EscapeDataString(approvalId)}", cancellationToken);
        await EnsureSuccessAsync(response, $"reading approval {approvalId}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    /// <summary><c>GET /api/v1/audit</c>: the audit records about one approval (their detail starts with its id).</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAuditAboutAsync(string approvalId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/v1/audit?limit=1000", cancellationToken);
        await EnsureSuccessAsync(response, "reading the audit log", cancellationToken);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return page.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("detail").GetString()?.StartsWith(approvalId, StringComparison.Ordinal) == true)
            .ToList();
    }

    public void Dispose() => http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"SreBot answered {(int)response.StatusCode} to {what}: {await response.Content.ReadAsStringAsync(cancellationToken)}", null, response.StatusCode);
        }
    }
}
