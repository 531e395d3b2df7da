using System.Text.Json;

namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>Reads one page of <c>Microsoft.Authorization/permissions</c> (<c>value[].actions/notActions</c>, <c>nextLink</c>).</summary>
internal static class PermissionsResponseReader
{
    private const int MaxEntries = 1_000;

    public static (IReadOnlyList<ArmPermission> Permissions, Uri? NextLink) Read(JsonElement page)
    {
        if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new EstateUnavailableException("Azure answered the permission check in a shape SreBot cannot read.");
        }

        var permissions = value.EnumerateArray().Take(MaxEntries).Select(Entry).ToList();
        var next = page.TryGetProperty("nextLink", out var link) && link.ValueKind == JsonValueKind.String
            && Uri.TryCreate(link.GetString(), UriKind.Absolute, out var uri) ? uri : null;
        return (permissions, next);
    }

    /// <summary>One <c>value[]</c> entry.</summary>
    public static ArmPermission Entry(JsonElement entry) => new(Strings(entry, "actions"), Strings(entry, "notActions"));

    private static string[] Strings(JsonElement entry, string name)
        => entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
            : [];
}
