namespace SreBot.Bot.Agent.External;

/// <summary>The allow-listed tools a server offers now, or why it offers none (<see cref="Unavailable"/>).</summary>
public sealed record ExternalMcpToolSet(IReadOnlyList<ExternalMcpTool> Tools, string? Unavailable)
{
    public static ExternalMcpToolSet Failed(string reason) => new([], reason);
}
