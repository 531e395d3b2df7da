using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Mcp;

/// <summary>Tests that share one running SreBot server (src/Bot) and its token-forwarding proxy.</summary>
[CollectionDefinition(Name)]
public sealed class BotServerCollection : ICollectionFixture<McpServerFixture<BotProcess>>
{
    public const string Name = "SreBot server process";
}
