using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Reference;

/// <summary>Tests that share one reference MCP server (@modelcontextprotocol/server-everything) and a proxy in front of it.</summary>
[CollectionDefinition(Name)]
public sealed class ReferenceServerCollection : ICollectionFixture<McpServerFixture<EverythingServerProcess>>
{
    public const string Name = "Reference MCP server process";
}
