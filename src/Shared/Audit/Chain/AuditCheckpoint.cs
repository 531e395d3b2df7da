namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// Where the stored chain begins after retention deleted its front: records up to and including
/// <see cref="Sequence"/> are gone, and <see cref="Hash"/> is the hash of record <see cref="Sequence"/>, to which
/// the first remaining record must link. <see cref="CreatedAt"/> is the stored text of when it was written.
/// </summary>
internal readonly record struct AuditCheckpoint(long Sequence, string Hash, string CreatedAt)
{
    /// <summary>The chain's end at this checkpoint, where verification resumes.</summary>
    public AuditHead AsHead() => new(Sequence, Hash);
}
