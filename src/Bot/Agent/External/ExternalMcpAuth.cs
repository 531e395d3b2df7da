namespace SreBot.Bot.Agent.External;

/// <summary>How SreBot authenticates to an external MCP server.</summary>
public enum ExternalMcpAuth
{
    /// <summary>No Authorization header.</summary>
    None,

    /// <summary>
    /// <c>Authorization: Bearer</c> with a token for <see cref="ExternalMcpServerOptions.TokenScope"/> from SreBot's own Azure
    /// identity (the injected <c>TokenCredential</c>, by default <c>DefaultAzureCredential</c>). Never the user's token.
    /// </summary>
    AzureIdentity,
}
