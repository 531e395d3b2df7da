using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;

namespace SreBot.Shared.Tests.Audit;

/// <summary>Actor pseudonyms: keyed, stored beside the chain, erasable, on each backend.</summary>
public abstract class AuditPseudonymContract
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    private const string UserId = "alice.personal@contoso.com";

    [Fact]
    public async Task KeyFile_IsCreatedOnFirstUse_OwnerOnly_AndReusedByTheNextInstance()
    {
        await using var host = await StartAsync();
        var keyPath = Path.Combine(host.DataDirectory, AuditKeyring.FileName);
        Assert.False(File.Exists(keyPath));
        var first = await host.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);
        var key = await File.ReadAllBytesAsync(keyPath);

        await using (var next = await host.StartReplicaAsync())
        {
            var second = await next.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);

            Assert.Equal(first.ActorRef, second.ActorRef);
            Assert.True((await next.Log.VerifyAsync(CancellationToken.None)).Ok);
        }

        Assert.Equal(32, key.Length);
        Assert.Equal(key, await File.ReadAllBytesAsync(keyPath));
        Assert.Single(Directory.GetFiles(host.DataDirectory, $"{AuditKeyring.FileName}*"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }
    }

    [Fact]
    public async Task ActorRef_IsAKeyedPseudonym_DifferentPerUserAndPerKey()
    {
        await using var one = await StartAsync();
        await using var other = await StartAsync();

        var alice = await one.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);
        var bob = await one.Log.AppendAsync(AuditEntries.ToolCall(userId: "bob"), CancellationToken.None);
        var aliceElsewhere = await other.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);

        Assert.Matches("^[0-9a-f]{32}$", alice.ActorRef);
        Assert.NotEqual(alice.ActorRef, bob.ActorRef);
        Assert.NotEqual(alice.ActorRef, aliceElsewhere.ActorRef);
    }

    [Fact]
    public async Task UserIds_AreStoredOnlyBesideTheChain()
    {
        await using var host = await StartAsync();
        await host.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);
        await host.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId, tool: "logs_search"), CancellationToken.None);

        var chainedRows = await host.ReadRawColumnAsync("""
            SELECT concat_ws('|', sequence, timestamp, event_type, actor_ref, tool, arguments_hash, decision, outcome,
                correlation_id, detail, previous_hash, hash)
            FROM audit_records
            """);
        var head = await host.ReadRawColumnAsync("SELECT concat_ws('|', last_sequence, last_hash, mac) FROM audit_head");

        Assert.Equal(2, chainedRows.Count);
        Assert.All(chainedRows.Concat(head), row => Assert.DoesNotContain("alice", row, StringComparison.OrdinalIgnoreCase));
        Assert.Equal([UserId], await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors"));
    }

    [Fact]
    public async Task Erase_RemovesTheMapping_KeepsThePseudonym_AndWritesAPseudonymousRecord()
    {
        await using var host = await StartAsync();
        var appended = await host.Log.AppendAsync(AuditEntries.ToolCall(userId: UserId), CancellationToken.None);

        var erasure = await host.Eraser.EraseActorAsync(UserId, "corr-erase", CancellationToken.None);

        var stored = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Equal([appended with { UserId = null }, erasure], stored);
        Assert.Equal(appended.ActorRef, erasure.ActorRef);
        Assert.Equal((AuditEventTypes.ActorErased, "corr-erase", (string?)null), (erasure.EventType, erasure.CorrelationId, erasure.UserId));
        Assert.Empty(await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors"));
        Assert.True((await host.Log.VerifyAsync(CancellationToken.None)).Ok);
    }
}
