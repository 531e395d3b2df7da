using System.Globalization;
using System.Text.Json;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>Picks the revision a container app restart acts on: the newest active one in <c>GET {app}/revisions</c>.</summary>
internal static class ContainerAppRevisions
{
    /// <returns>The revision's name, or null when no revision is active.</returns>
    public static string? LatestActive(JsonElement page)
    {
        if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new EstateUnavailableException("Azure answered the container app's revisions in a shape SreBot cannot read.");
        }

        return value.EnumerateArray()
            .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                && r.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("active", out var a) && a.ValueKind == JsonValueKind.True)
            .Select(r => (Name: r.GetProperty("name").GetString()!, Created: Created(r.GetProperty("properties"))))
            .OrderByDescending(r => r.Created)
            .ThenByDescending(r => r.Name, StringComparer.Ordinal)
            .Select(r => r.Name)
            .FirstOrDefault();
    }

    private static DateTimeOffset Created(JsonElement properties)
        => properties.TryGetProperty("createdTime", out var c) && c.ValueKind == JsonValueKind.String
           && DateTimeOffset.TryParse(c.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : DateTimeOffset.MinValue;
}
