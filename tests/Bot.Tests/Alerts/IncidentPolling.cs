using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>Reads incidents through the API until one satisfies a condition, with a deadline (the processor runs in the background).</summary>
public static class IncidentPolling
{
    public static async Task<JsonElement> WaitForAsync(HttpClient reader, string id, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(45);
        JsonElement incident = default;
        while (DateTimeOffset.UtcNow < deadline)
        {
            incident = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}", TestContext.Token);
            if (condition(incident))
            {
                return incident;
            }

            await Task.Delay(100, TestContext.Token); // polling interval, not synchronisation: the condition decides
        }

        throw new Xunit.Sdk.XunitException($"Incident {id} never became {what}; last seen: {incident}");
    }

    public static bool Investigated(JsonElement incident) => incident.GetProperty("traceId").ValueKind == JsonValueKind.String;

    public static string Status(JsonElement incident) => incident.GetProperty("status").GetString()!;
}
