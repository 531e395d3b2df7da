using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>What a running Playground serves at <c>GET /_internal/v1/config</c>: the bot, the people and the chats.</summary>
public sealed record PlaygroundConfig(
    string BotId,
    string BotName,
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    string PersonalChatId,
    string GroupChatId)
{
    public static PlaygroundConfig Parse(JsonNode response)
    {
        var config = response["config"] ?? throw new FormatException("The Playground's config response has no 'config'.");
        return new PlaygroundConfig(
            Required(config["bot"]?["id"]),
            Required(config["bot"]?["name"]),
            User(config["currentUser"]),
            config["users"]?.AsArray().Select(User).ToList() ?? [],
            Required(config["personalChat"]?["id"]),
            Required(config["groupChats"]?[0]?["id"]));
    }

    private static PlaygroundUser User(JsonNode? user)
        => new(Required(user?["id"]), Required(user?["name"]), Required(user?["aadObjectId"]));

    private static string Required(JsonNode? value)
        => value?.GetValue<string>() ?? throw new FormatException("The Playground's config response lacks an expected field.");
}
