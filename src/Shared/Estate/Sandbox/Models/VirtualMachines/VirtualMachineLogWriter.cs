using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.VirtualMachines;

/// <summary>Syslog lines of the batch VM: the nightly job's progress, cron, and boots after restarts.</summary>
internal static class VirtualMachineLogWriter
{
    public const string Syslog = "Syslog";
    private const int BatchRecords = 480_000;

    public static IEnumerable<LogEntry> Write(SandboxResourceDefinition vm, DateTimeOffset minute, VirtualMachineMinute state)
    {
        var profile = vm.ProfileAs<VirtualMachineProfile>();
        var lines = new LogMinute(vm.Id.Canonical, minute);
        if (state.LastStart is { } start && start.At >= minute && start.At < minute + SandboxTime.Minute)
        {
            yield return new LogEntry(start.At.AddSeconds(2), LogSeverity.Information, "kernel: Linux version 6.8.0-1021-azure (buildd@lcy02-amd64-045) #25-Ubuntu SMP", Syslog);
            yield return new LogEntry(start.At.AddSeconds(31), LogSeverity.Information, "systemd[1]: Started batch-runner.service - Contoso batch runner.", Syslog);
        }

        if (minute.Minute % 10 == 0)
        {
            yield return lines.Entry("cron", 0, LogSeverity.Information, Syslog, $"CRON[{lines.Between(20_000, 60_000, "cron-pid")}]: (azureuser) CMD (/opt/batch/bin/heartbeat.sh)");
        }

        if (state.BatchProgress is not { } progress)
        {
            yield break;
        }

        if (minute.UtcDateTime.TimeOfDay == profile.BatchStartUtc)
        {
            yield return lines.Entry("batch-start", 0, LogSeverity.Information, Syslog, $"batch-runner[2417]: {profile.BatchJob} started for business date {minute.AddDays(-1):yyyy-MM-dd}");
        }

        yield return lines.Entry("batch", 0, LogSeverity.Information, Syslog,
            $"batch-runner[2417]: {profile.BatchJob}: processed {(int)(progress * BatchRecords)} of {BatchRecords} settlement records");
        if (lines.Unit("batch-slow") < 0.05)
        {
            yield return lines.Entry("batch-slow", 0, LogSeverity.Warning, Syslog,
                $"batch-runner[2417]: {profile.BatchJob}: slow response from sqldb-orders ({lines.Between(2_000, 4_000, "batch-slow-ms")} ms) for page {lines.Between(1, 4_800, "batch-page")}; continuing");
        }

        if (minute.UtcDateTime.TimeOfDay + SandboxTime.Minute >= profile.BatchEndUtc)
        {
            yield return lines.Entry("batch-end", 0, LogSeverity.Information, Syslog,
                $"batch-runner[2417]: {profile.BatchJob} completed: {BatchRecords} records in {profile.BatchEndUtc - profile.BatchStartUtc:h\\hmm\\m}");
        }
    }
}
