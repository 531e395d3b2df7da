namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>An Azure SQL database's normal load at its daily peak.</summary>
internal sealed record SqlDatabaseProfile(
    double PeakCpuPercent,
    double PeakConnectionsPerMinute,
    double StoragePercent) : SandboxProfile;
