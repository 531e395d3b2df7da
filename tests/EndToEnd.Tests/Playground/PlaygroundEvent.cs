namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>One event of the Playground's conversation websocket: <c>createMessage</c>, <c>updateMessage</c> or <c>typing</c>.</summary>
public sealed record PlaygroundEvent(string Action, string ConversationId, PlaygroundMessage? Message, string Raw)
{
    public const string CreateMessage = "createMessage";
    public const string UpdateMessage = "updateMessage";
    public const string Typing = "typing";

    public override string ToString() => Raw;
}
