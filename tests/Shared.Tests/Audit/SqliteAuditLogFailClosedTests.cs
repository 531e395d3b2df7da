using SreBot.Shared.Audit;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The fail-closed contract on SQLite, plus failures only SQLite's file can stage (a trigger, a dropped table).</summary>
public sealed class SqliteAuditLogFailClosedTests : AuditLogFailClosedContract
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await SqliteAuditLogHost.StartAsync(configure: configure);

    [Fact]
    public async Task Append_FailsClosed_WhenTheHeadCannotBeWritten_AndKeepsNothingOfTheBatch()
    {
        await using var host = await SqliteAuditLogHost.StartAsync();
        await host.ExecuteRawAsync("""
            CREATE TRIGGER refuse_head BEFORE INSERT ON audit_head BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
            """);

        await Assert.ThrowsAsync<AuditUnavailableException>(
            () => host.Log.AppendAsync(AuditEntries.ToolCall(userId: "alice"), CancellationToken.None));

        Assert.Empty(await host.ReadRawColumnAsync("SELECT hash FROM audit_records"));
        Assert.Empty(await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors"));
        await host.ExecuteRawAsync("DROP TRIGGER refuse_head");
        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(userId: "alice"), CancellationToken.None);
        Assert.Equal(1, recovered.Sequence);
        Assert.Equal(new AuditVerification(true, 1, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Append_FailsClosed_WhenTheTableIsGone_AndContinuesFromTheHeadOnceRestored()
    {
        await using var host = await SqliteAuditLogHost.StartAsync();
        await AuditEntries.AppendConcurrentlyAsync(host.Log, 3);
        await host.ExecuteRawAsync("DROP TABLE audit_records");

        await Assert.ThrowsAsync<AuditUnavailableException>(() => host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None));

        // Restored by hand (a start does not recreate it: the audit migration is recorded as applied).
        await host.ExecuteRawAsync(StoreMigrations.Embedded("audit", StoreMigrations.Sqlite, typeof(SqliteDatabase).Assembly, "Audit/Migrations").Migrations[0].Sql);
        await host.Database.InitializeAsync(CancellationToken.None);
        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        Assert.Equal(4, recovered.Sequence);
        var verification = await host.Log.VerifyAsync(CancellationToken.None);
        Assert.Equal((false, 1L), (verification.Ok, verification.FirstBrokenSequence));
    }
}
