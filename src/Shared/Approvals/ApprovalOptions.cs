namespace SreBot.Shared.Approvals;

/// <summary>Approval workflow settings (section <c>Approvals</c>); durations as <c>hh:mm:ss</c> or <c>d.hh:mm:ss</c>.</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";

    /// <summary>How long a request waits for a decision before it expires (1 second to 7 days).</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>How often the background sweep marks overdue requests expired (1 second to 1 hour).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    public const string ValidationMessage = "Approvals:Expiry must be between 00:00:01 and 7.00:00:00, Approvals:SweepInterval between 00:00:01 and 01:00:00.";

    public bool IsValid
        => Expiry >= TimeSpan.FromSeconds(1) && Expiry <= TimeSpan.FromDays(7)
           && SweepInterval >= TimeSpan.FromSeconds(1) && SweepInterval <= TimeSpan.FromHours(1);
}
