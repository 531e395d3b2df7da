namespace SreBot.Shared.Scheduling;

/// <summary>Names for lease holders.</summary>
public static class LeaseHolders
{
    /// <summary>A new holder name: host, process and a random part (no personal data), unique to its caller.</summary>
    public static string New() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
