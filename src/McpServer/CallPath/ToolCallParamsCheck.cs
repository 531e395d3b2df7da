using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Audit;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Checks the raw <c>params</c> of a <c>tools/call</c> before the SDK reads them, so a malformed call is answered
/// -32602 with what is wrong (instead of -32603) and can still be audited: <c>name</c> a string of 1 to
/// <see cref="AuditFieldLimits.MaxToolNameLength"/> well-formed characters, <c>arguments</c> absent or an object, and
/// no text with an unpaired surrogate anywhere.
/// </summary>
public static class ToolCallParamsCheck
{
    /// <summary>What is wrong with the parameters, for the caller; null when they are well-formed.</summary>
    public static string? Problem(JsonNode? parameters)
    {
        if (parameters is not JsonObject call)
        {
            return "'params' must be an object with the tool's 'name' and its 'arguments'.";
        }

        try
        {
            if (!call.TryGetPropertyValue("name", out var name) || name is null)
            {
                return "'name' is required: the tool's name as a string.";
            }

            if (name.GetValueKind() != JsonValueKind.String)
            {
                return "'name' must be a string.";
            }

            var text = name.GetValue<string>();
            if (text.Length is 0 or > AuditFieldLimits.MaxToolNameLength || AuditFieldLimits.Bound(text, AuditFieldLimits.MaxToolNameLength) != text)
            {
                return $"'name' must be 1 to {AuditFieldLimits.MaxToolNameLength} characters of well-formed text (no NUL).";
            }

            if (call.TryGetPropertyValue("arguments", out var arguments) && arguments is not null and not JsonObject)
            {
                return "'arguments' must be an object of named values.";
            }

            ReadAllText(call);
            return null;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to turn an escaped unpaired surrogate (\ud800) into a string.
            return "the text contains an unpaired surrogate (\\uD800-\\uDFFF on its own); send well-formed Unicode.";
        }
    }

    /// <summary>The name, when it is a string that may be recorded (bounded again by the audit log).</summary>
    public static string? NameOf(JsonNode? parameters)
    {
        try
        {
            return parameters is JsonObject call && call["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String
                ? name.GetValue<string>()
                : null;
        }
        catch (InvalidOperationException)
        {
            return "(unreadable name)";
        }
    }

    /// <summary>Hash of the raw arguments, whatever their type; null when there are none or they cannot be read.</summary>
    public static string? ArgumentsHashOf(JsonNode? parameters)
    {
        try
        {
            return parameters is JsonObject call && call["arguments"] is { } arguments ? ArgumentsHash.Compute(arguments.ToJsonString()) : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void ReadAllText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject value:
                foreach (var (_, property) in value)
                {
                    ReadAllText(property);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    ReadAllText(item);
                }

                break;
            case JsonValue leaf when leaf.GetValueKind() == JsonValueKind.String:
                _ = leaf.GetValue<string>();
                break;
        }
    }
}
