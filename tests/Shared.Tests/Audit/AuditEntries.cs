using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

internal static class AuditEntries
{
    public static AuditEntry ToolCall(
        string? userId = "alice@contoso.com",
        string? tool = "vm_restart",
        string decision = AuditDecisions.Allow,
        string eventType = AuditEventTypes.ToolCall,
        string? detail = null) =>
        new(eventType, userId, tool, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", decision, "success",
            $"corr-{Guid.NewGuid():N}", detail);

    public static async Task<List<AuditRecord>> AppendConcurrentlyAsync(IAuditLog log, int count, Func<int, AuditEntry>? entry = null)
    {
        var appends = Enumerable.Range(0, count)
            .Select(i => Task.Run(() => log.AppendAsync(entry?.Invoke(i) ?? ToolCall(userId: $"user-{i % 7}"), CancellationToken.None)));
        return [.. await Task.WhenAll(appends)];
    }
}
