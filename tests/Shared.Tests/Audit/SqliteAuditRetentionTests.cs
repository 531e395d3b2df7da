using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The audit retention contract on SQLite, plus the upgrade of a data directory from before retention.</summary>
public sealed class SqliteAuditRetentionTests : AuditRetentionContract
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await SqliteAuditLogHost.StartAsync(configure: configure);

    [Fact]
    public async Task ADatabaseFromBeforeRetention_GetsTheCheckpointAwareDeleteTrigger_AtStart()
    {
        await using var host = (SqliteAuditLogHost)await AppendDailyRecordsAsync();
        // A data directory of that time: the old delete trigger, and no schema_migrations (its start ran the create scripts).
        await host.ExecuteRawAsync("""
            DROP TABLE schema_migrations;
            DROP TRIGGER audit_records_delete_only_checkpointed;
            CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
            BEGIN
                SELECT RAISE(ABORT, 'audit records are append-only');
            END;
            """);

        await host.Database.InitializeAsync(CancellationToken.None);
        var purged = await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal(Old, purged);
        Assert.Equal(
            ["audit_records_delete_only_checkpointed", "audit_records_no_update"],
            await host.ReadRawColumnAsync("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    }
}
