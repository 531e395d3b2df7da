namespace SreBot.Bot.Security;

/// <summary>One source's refusals with one status since its first one: the first was recorded, the rest are counted.</summary>
internal sealed class RefusalWindow(string kind, int status, string? userId, DateTimeOffset opened)
{
    /// <summary><c>user</c>, <c>address</c>, or <c>overflow</c> (sources beyond the tracked maximum).</summary>
    public string Kind { get; } = kind;

    public int Status { get; } = status;

    public string? UserId { get; } = userId;

    public DateTimeOffset Opened { get; } = opened;

    public DateTimeOffset Closes => Opened + RefusalAggregator.Window;

    /// <summary>Refusals after the recorded first one.</summary>
    public long Count { get; set; }

    public DateTimeOffset Last { get; set; } = opened;
}
