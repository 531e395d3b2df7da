namespace SreBot.Shared.Estate.Sandbox.Models.Sql;

/// <summary>One simulated minute of an Azure SQL database; <paramref name="CpuPercent"/> is null while it is unavailable.</summary>
internal sealed record SqlDatabaseMinute(
    bool Unavailable,
    double? CpuPercent,
    int ConnectionsSucceeded,
    int ConnectionsFailed,
    int Deadlocks,
    double StoragePercent);
