namespace SreBot.Shared.Audit.Chain;

/// <summary>The end of the chain: the last sequence and its hash.</summary>
internal readonly record struct AuditHead(long Sequence, string Hash)
{
    public static AuditHead Genesis { get; } = new(0, AuditCanonicalEncoding.GenesisHash);
}
