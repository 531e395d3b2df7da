using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Approvals;

/// <summary>Approval workflow settings (section <c>Approvals</c>).</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";

    /// <summary>How long a request waits for a decision before it expires.</summary>
    [Range(1, 7 * 24 * 60)]
    public int ExpiryMinutes { get; set; } = 60;

    /// <summary>How often the background sweep marks overdue requests expired.</summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 30;
}
