using System.Text.Json;

namespace SreBot.Bot.Alerts;

/// <summary>
/// The Azure Monitor common alert schema (<c>schemaId</c> <c>azureMonitorCommonAlertSchema</c>): from <c>data.essentials</c>
/// the <c>alertId</c> (the dedupe key), <c>alertRule</c>, <c>severity</c> (Sev0–Sev4), <c>monitorCondition</c> (Fired or
/// Resolved), <c>alertTargetIDs</c> (one alert per target) and <c>description</c>. The alert context is not read.
/// </summary>
public static class AzureMonitorPayload
{
    public const string Source = "azure-monitor";

    public const string SchemaId = "azureMonitorCommonAlertSchema";

    public const int MaxTargets = 50;

    public static AlertPayloadResult Read(JsonElement root)
    {
        var fields = new AlertFields([]);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new AlertPayloadResult([], ["$: must be an Azure Monitor common alert schema payload (a JSON object)."]);
        }

        if (fields.Required(root, "schemaId", "$.schemaId", AlertFields.MaxName) is { } schema && schema != SchemaId)
        {
            fields.Problems.Add($"$.schemaId: must be \"{SchemaId}\" (enable the common alert schema on the action group).");
        }

        if (fields.Section(root, "data", "$.data", required: true) is not { } data
            || fields.Section(data, "essentials", "$.data.essentials", required: true) is not { } essentials)
        {
            return new AlertPayloadResult([], fields.Problems);
        }

        const string path = "$.data.essentials";
        var alertId = fields.Required(essentials, "alertId", $"{path}.alertId", AlertFields.MaxKey);
        var rule = fields.Required(essentials, "alertRule", $"{path}.alertRule", AlertFields.MaxName);
        var severity = fields.OneOf(essentials, "severity", $"{path}.severity", "Sev0", "Sev1", "Sev2", "Sev3", "Sev4");
        var condition = fields.OneOf(essentials, "monitorCondition", $"{path}.monitorCondition", "Fired", "Resolved");
        var description = fields.Optional(essentials, "description", $"{path}.description", AlertFields.MaxSummary, truncate: true);
        var targets = new List<AlertTarget>();
        if (fields.Array(essentials, "alertTargetIDs", $"{path}.alertTargetIDs", MaxTargets) is { } ids)
        {
            var index = 0;
            foreach (var entry in ids.EnumerateArray())
            {
                var at = $"{path}.alertTargetIDs[{index++}]";
                if (entry.ValueKind != JsonValueKind.String || entry.GetString() is not { Length: > 0 and <= AlertFields.MaxKey } text)
                {
                    fields.Problems.Add($"{at}: must be an ARM id of at most {AlertFields.MaxKey} characters.");
                }
                else if (fields.ArmId(text, at) is { } id)
                {
                    targets.Add(AlertTarget.ForId(id));
                }
            }
        }

        if (fields.Problems.Count > 0)
        {
            return new AlertPayloadResult([], fields.Problems);
        }

        // One alert per target; with several targets each is its own alert identity within the alert.
        return new AlertPayloadResult(
            [.. targets.Select(t => new ReceivedAlert(
                Source, targets.Count == 1 ? alertId! : $"{alertId}|{t.Resource.ToLowerInvariant()}", rule!, severity, t, condition == "Fired", description))],
            []);
    }
}
