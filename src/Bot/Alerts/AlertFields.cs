using System.Text.Json;
using SreBot.Shared.Redaction;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Alerts;

/// <summary>
/// Reading a sender's JSON field by field: each value is checked for its type and length, and free text is redacted once,
/// here, on the way in (alert annotations can carry secrets), so nothing unbounded or secret is stored, logged or audited.
/// </summary>
public sealed class AlertFields(List<string> problems)
{
    public const int MaxKey = 256;
    public const int MaxName = 200;
    public const int MaxSeverity = 32;
    public const int MaxSummary = 1000;

    public List<string> Problems => problems;

    /// <summary>A required string of at most <paramref name="max"/> characters (redacted), or null after noting the problem.</summary>
    public string? Required(JsonElement parent, string name, string path, int max)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add($"{path}: is required.");
            return null;
        }

        return Text(value, path, max, truncate: false) is { Length: > 0 } text ? text : Missing(path, value);
    }

    /// <summary>An optional string: null when absent; too long is cut (<paramref name="truncate"/>) or a problem.</summary>
    public string? Optional(JsonElement parent, string name, string path, int max, bool truncate)
        => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Text(value, path, max, truncate) is { Length: > 0 } text ? text : null
            : null;

    /// <summary>The object at <paramref name="name"/>, or null after noting the problem.</summary>
    public JsonElement? Section(JsonElement parent, string name, string path, bool required)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return value;
            }

            problems.Add($"{path}: must be an object.");
            return null;
        }

        if (required)
        {
            problems.Add($"{path}: is required.");
        }

        return null;
    }

    /// <summary>The array at <paramref name="name"/> with 1 to <paramref name="max"/> entries, or null after noting the problem.</summary>
    public JsonElement? Array(JsonElement parent, string name, string path, int max)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}: is required and must be an array.");
            return null;
        }

        var length = value.GetArrayLength();
        if (length is 0 || length > max)
        {
            problems.Add($"{path}: must hold 1 to {max} entries (it holds {length}).");
            return null;
        }

        return value;
    }

    /// <summary>A required string that must be one of <paramref name="allowed"/> (ordinal, ignoring case); returns the allowed spelling.</summary>
    public string? OneOf(JsonElement parent, string name, string path, params string[] allowed)
    {
        var value = Required(parent, name, path, MaxName);
        var match = value is null ? null : allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (value is not null && match is null)
        {
            problems.Add($"{path}: must be one of {string.Join(", ", allowed)}.");
        }

        return match;
    }

    /// <summary>An ARM id of a subscription, resource group or resource, or null after noting the problem.</summary>
    public ResourceId? ArmId(string text, string path)
    {
        if (ResourceId.TryParse(text, out var id, out var error))
        {
            return id;
        }

        problems.Add($"{path}: is not an ARM resource id ({error}).");
        return null;
    }

    private string? Text(JsonElement value, string path, int max, bool truncate)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: must be a string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > max)
        {
            if (!truncate)
            {
                problems.Add($"{path}: is limited to {max} characters.");
                return null;
            }

            text = text[..max];
        }

        return SecretRedactor.Redact(text);
    }

    private string? Missing(string path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            problems.Add($"{path}: must not be empty.");
        }

        return null;
    }
}
