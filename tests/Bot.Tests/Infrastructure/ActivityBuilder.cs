namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Activities shaped like the ones Teams (and the Agents Playground) send.</summary>
public static class ActivityBuilder
{
    public const string BotId = "28:srebot";
    public const string ConversationId = "a:personal-chat-1";

    public static object Message(
        string serviceUrl, string text, string aadObjectId = "aad-olga", string name = "Olga Operator", string conversationId = ConversationId, string conversationType = "personal")
        => new
        {
            type = "message",
            id = $"msg-{Guid.NewGuid():N}",
            timestamp = DateTimeOffset.UtcNow,
            serviceUrl,
            channelId = "msteams",
            from = new { id = $"29:{aadObjectId}", name, aadObjectId },
            conversation = new { id = conversationId, conversationType, tenantId = "tenant-1" },
            recipient = new { id = BotId, name = "SreBot" },
            text,
            textFormat = "plain",
            locale = "en-US",
            someFutureField = new { tolerated = true },
        };

    public static object CardAction(
        string serviceUrl, string verb, object data, string replyToId, string aadObjectId, string name = "Abe Approver", string conversationId = ConversationId, string conversationType = "personal")
        => new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = $"inv-{Guid.NewGuid():N}",
            serviceUrl,
            channelId = "msteams",
            from = new { id = $"29:{aadObjectId}", name, aadObjectId },
            conversation = new { id = conversationId, conversationType, tenantId = "tenant-1" },
            recipient = new { id = BotId, name = "SreBot" },
            replyToId,
            value = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" },
        };
}
