using SreBot.Shared.Audit;

namespace SreBot.Bot.Api;

/// <summary>A page of audit records; pass <paramref name="NextAfter"/> as <c>after</c> for the next page (null at the end).</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, long? NextAfter);
