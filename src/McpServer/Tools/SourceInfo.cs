using SreBot.Shared.Estate;

namespace SreBot.McpServer.Tools;

/// <summary>Where a tool's data came from; part of every tool answer.</summary>
public sealed record SourceInfo(string Provider, bool Simulated, string Note)
{
    public static SourceInfo From(EstateProvenance provenance) => new(provenance.Provider, provenance.Simulated, provenance.Note);
}
