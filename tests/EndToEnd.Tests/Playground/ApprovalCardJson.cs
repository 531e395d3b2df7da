using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>What the tests read from SreBot's approval cards: the approval id, the refresh and the buttons.</summary>
public static class ApprovalCardJson
{
    /// <summary>The approval id the card's refresh carries (its text shows the id Markdown-escaped).</summary>
    public static string ApprovalId(JsonObject card)
        => card["refresh"]?["action"]?["data"]?["approvalId"]?.GetValue<string>()
           ?? throw new InvalidOperationException($"The card has no refresh with an approval id: {card.ToJsonString()}");

    /// <summary>The Teams ids the card asks Teams to refresh it for (the approvers).</summary>
    public static IReadOnlyList<string> RefreshUserIds(JsonObject card)
        => card["refresh"]?["userIds"]?.AsArray().Select(id => id!.GetValue<string>()).ToList() ?? [];

    /// <summary>The card's <c>Action.Execute</c> buttons by title: at its foot and in every <c>ActionSet</c> of its body.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Buttons(JsonNode? card)
        => Actions(card)
            .Where(a => a["type"]?.GetValue<string>() == "Action.Execute")
            .ToDictionary(a => a["title"]?.GetValue<string>() ?? string.Empty);

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() is "AdaptiveCard" or "ActionSet" ? o["actions"]?.AsArray().OfType<JsonObject>() ?? [] : [])
            .Concat(o.Where(p => p.Key != "actions" && p.Key != "refresh").SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };
}
