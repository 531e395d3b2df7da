using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.Sql;

/// <summary>Microsoft.Sql/servers/databases: steady daily load; during an outage every connection fails.</summary>
internal sealed class SqlDatabaseModel() : SandboxResourceModel<SqlDatabaseMinute>(Definitions())
{
    public const string DiagnosticsTable = "AzureDiagnostics";

    protected override SqlDatabaseMinute Simulate(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, bool withNoise)
    {
        var profile = resource.ProfileAs<SqlDatabaseProfile>();
        var id = resource.Id.Canonical;
        double Jitter(string purpose, double amplitude) => withNoise ? 1 + (amplitude * StableNoise.Signed(id, purpose, minute)) : 1;
        int Count(double expected, string purpose) => withNoise ? StableNoise.Count(expected, id, purpose, minute) : (int)Math.Round(expected);

        var share = DiurnalCurve.TrafficShare(minute, resource.Location);
        var attempts = profile.PeakConnectionsPerMinute * share * Jitter("connections", 0.07);
        return world.ForcesAt(resource.Id, minute).Unavailable
            ? new SqlDatabaseMinute(true, null, 0, Count(attempts * 1.6, "failed"), 0, profile.StoragePercent)
            : new SqlDatabaseMinute(
                false,
                profile.PeakCpuPercent * share * Jitter("cpu", 0.12),
                Count(attempts, "succeeded"),
                Count(0.2, "failed"),
                Count(0.004, "deadlock"),
                profile.StoragePercent);
    }

    protected override IEnumerable<LogEntry> WriteLogs(SandboxResourceDefinition resource, DateTimeOffset minute, SandboxWorld world, SqlDatabaseMinute state)
    {
        var lines = new LogMinute(resource.Id.Canonical, minute);
        var server = resource.Id.TypesAndNames[1];
        for (var i = 0; i < Math.Min(3, state.ConnectionsFailed); i++)
        {
            yield return state.Unavailable
                ? lines.Entry("failed", i, LogSeverity.Error, DiagnosticsTable,
                    $"Login failed: Database '{resource.Name}' on server '{server}' is not currently available. Please retry the connection later. (Error 40613, State 126)")
                : lines.Entry("failed", i, LogSeverity.Warning, DiagnosticsTable,
                    "Login failed for user 'reporting-ro'. Reason: Failed to open the explicitly specified database 'orders-archive'. (Error 18456, State 38)");
        }

        for (var i = 0; i < state.Deadlocks; i++)
        {
            yield return lines.Entry("deadlock", i, LogSeverity.Warning, DiagnosticsTable,
                $"Transaction (Process ID {lines.Between(51, 180, "spid", i)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction. (Error 1205)");
        }

        if (minute.Minute == 0 && !state.Unavailable)
        {
            yield return lines.Entry("tuning", 0, LogSeverity.Information, DiagnosticsTable,
                "Automatic tuning: no new index recommendations; the last recommendation was validated and kept.");
        }
    }

    private static IReadOnlyList<SandboxMetric<SqlDatabaseMinute>> Definitions() =>
    [
        new(new("cpu_percent", MetricUnits.Percent), m => m.CpuPercent),
        new(new("connection_successful", MetricUnits.Count), m => m.ConnectionsSucceeded),
        new(new("connection_failed", MetricUnits.Count), m => m.ConnectionsFailed),
        new(new("deadlock", MetricUnits.Count), m => m.Deadlocks),
        new(new("storage_percent", MetricUnits.Percent), m => m.StoragePercent),
    ];
}
