using System.Text.Json;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Alerts;

/// <summary>
/// The Alertmanager webhook payload, version 4 (<c>webhook_config</c>): <c>version</c>, <c>status</c>, <c>alerts[]</c> with
/// <c>status</c> (firing or resolved), <c>labels</c>, <c>annotations</c> and <c>fingerprint</c>; the group fields are not needed.
/// The resource comes from the label <c>azure_resource_id</c> (a full ARM id) or from <c>resource_group</c> + <c>resource</c>
/// (names, the group in <c>Agent:Subscription</c>); the dedupe key is the fingerprint, the name <c>alertname</c>, the
/// severity the label <c>severity</c>, the summary the annotation <c>summary</c> (else <c>description</c>).
/// </summary>
public static class AlertmanagerPayload
{
    public const string Source = "alertmanager";

    public const int MaxAlerts = 200;

    public static AlertPayloadResult Read(JsonElement root, string subscription)
    {
        var fields = new AlertFields([]);
        var alerts = new List<ReceivedAlert>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new AlertPayloadResult([], ["$: must be an Alertmanager webhook payload (a JSON object)."]);
        }

        if (fields.Required(root, "version", "$.version", AlertFields.MaxSeverity) is { } version && version != "4")
        {
            fields.Problems.Add("$.version: must be \"4\" (the Alertmanager webhook payload version).");
        }

        if (fields.Array(root, "alerts", "$.alerts", MaxAlerts) is { } list)
        {
            var index = 0;
            foreach (var alert in list.EnumerateArray())
            {
                if (ReadAlert(alert, $"$.alerts[{index++}]", subscription, fields) is { } received)
                {
                    alerts.Add(received);
                }
            }
        }

        return new AlertPayloadResult(fields.Problems.Count == 0 ? alerts : [], fields.Problems);
    }

    private static ReceivedAlert? ReadAlert(JsonElement alert, string path, string subscription, AlertFields fields)
    {
        if (alert.ValueKind != JsonValueKind.Object)
        {
            fields.Problems.Add($"{path}: must be an object.");
            return null;
        }

        var status = fields.OneOf(alert, "status", $"{path}.status", "firing", "resolved");
        var fingerprint = fields.Required(alert, "fingerprint", $"{path}.fingerprint", AlertFields.MaxKey);
        var labels = fields.Section(alert, "labels", $"{path}.labels", required: true);
        var annotations = fields.Section(alert, "annotations", $"{path}.annotations", required: false) ?? default;
        if (labels is not { } l)
        {
            return null;
        }

        var target = Target(l, $"{path}.labels", subscription, fields);
        var name = fields.Optional(l, "alertname", $"{path}.labels.alertname", AlertFields.MaxName, truncate: true) ?? "(unnamed alert)";
        var severity = fields.Optional(l, "severity", $"{path}.labels.severity", AlertFields.MaxSeverity, truncate: true);
        var summary = fields.Optional(annotations, "summary", $"{path}.annotations.summary", AlertFields.MaxSummary, truncate: true)
            ?? fields.Optional(annotations, "description", $"{path}.annotations.description", AlertFields.MaxSummary, truncate: true);
        return status is null || fingerprint is null || target is null
            ? null
            : new ReceivedAlert(Source, fingerprint, name, severity, target, status == "firing", summary);
    }

    private static AlertTarget? Target(JsonElement labels, string path, string subscription, AlertFields fields)
    {
        if (fields.Optional(labels, "azure_resource_id", $"{path}.azure_resource_id", AlertFields.MaxKey, truncate: false) is { } text)
        {
            return fields.ArmId(text, $"{path}.azure_resource_id") is { } id ? AlertTarget.ForId(id) : null;
        }

        var group = fields.Optional(labels, "resource_group", $"{path}.resource_group", AlertFields.MaxName, truncate: false);
        var resource = fields.Optional(labels, "resource", $"{path}.resource", AlertFields.MaxName, truncate: false);
        if (group is null || resource is null)
        {
            fields.Problems.Add($"{path}: needs the label azure_resource_id (a full ARM resource id) or both resource_group and resource.");
            return null;
        }

        if (group.Contains('/', StringComparison.Ordinal) || resource.Contains('/', StringComparison.Ordinal))
        {
            fields.Problems.Add($"{path}: resource_group and resource must be names, not paths (use azure_resource_id for an id).");
            return null;
        }

        return fields.ArmId($"/subscriptions/{subscription}/resourceGroups/{group}", $"{path}.resource_group") is { } rg
            ? AlertTarget.ForName(rg, resource)
            : null;
    }
}
