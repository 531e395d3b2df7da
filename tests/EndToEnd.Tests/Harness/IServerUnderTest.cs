namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>An MCP server running as a separate process on loopback, as the end-to-end tests see it.</summary>
public interface IServerUnderTest : IAsyncLifetime
{
    /// <summary>http://127.0.0.1:PORT/ once started.</summary>
    Uri BaseAddress { get; }

    /// <summary>The Streamable HTTP endpoint, BaseAddress + "mcp".</summary>
    Uri McpEndpoint { get; }

    /// <summary>Issues a bearer token for a user with the given roles.</summary>
    Task<string> MintTokenAsync(string user, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>The server's command line, state and captured output, for assertion messages.</summary>
    string Describe();
}
