namespace SreBot.Shared.Retention;

/// <summary>The <see cref="IRetainedData.DataType"/> names, each with its <c>Retention:{Name}Days</c> setting.</summary>
public static class RetainedDataTypes
{
    public const string Threads = "threads";
    public const string Traces = "traces";
    public const string Memories = "memories";
    public const string Knowledge = "knowledge";
    public const string Audit = "audit";
    public const string Incidents = "incidents";

    /// <summary>Every data type that has a setting.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Threads, Traces, Memories, Knowledge, Audit, Incidents };
}
