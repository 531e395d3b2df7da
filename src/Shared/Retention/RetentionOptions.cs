using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Retention;

/// <summary>
/// Retention settings (section <c>Retention</c>): how many days each kind of data is kept after its last change.
/// Empty or 0 keeps it forever, which is the default for every kind: deleting is irreversible, so an operator opts in.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>About 100 years: anything larger is a typing mistake, not a policy.</summary>
    public const int MaxDays = 36_500;

    [Range(0, MaxDays)]
    public int? ThreadsDays { get; set; }

    [Range(0, MaxDays)]
    public int? TracesDays { get; set; }

    [Range(0, MaxDays)]
    public int? MemoriesDays { get; set; }

    [Range(0, MaxDays)]
    public int? KnowledgeDays { get; set; }

    [Range(0, MaxDays)]
    public int? AuditDays { get; set; }

    [Range(0, MaxDays)]
    public int? IncidentsDays { get; set; }

    /// <summary>Minutes between retention passes (1 to 1,440); a pass also runs at start.</summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 60;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);

    /// <summary>The retention period of a data type, or null to keep it forever (unset, 0, or a type without a setting).</summary>
    public TimeSpan? PeriodFor(string dataType)
    {
        var days = dataType switch
        {
            RetainedDataTypes.Threads => ThreadsDays,
            RetainedDataTypes.Traces => TracesDays,
            RetainedDataTypes.Memories => MemoriesDays,
            RetainedDataTypes.Knowledge => KnowledgeDays,
            RetainedDataTypes.Audit => AuditDays,
            RetainedDataTypes.Incidents => IncidentsDays,
            _ => null,
        };
        return days is > 0 ? TimeSpan.FromDays(days.Value) : null;
    }
}
