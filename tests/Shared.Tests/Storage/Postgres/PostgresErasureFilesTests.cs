using System.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Memories;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;
using SreBot.Shared.Tests.Scheduling;
using SreBot.Testing;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>
/// Erasure on PostgreSQL leaves no readable copy in the table and index files: a memory and a knowledge passage (and an
/// uploader's id) with a unique canary string are erased through their stores, the erasure flush checkpoints, and no file
/// of the server's data directory outside the write-ahead log holds the canary. A plain <c>DELETE</c> without the table
/// rewrite leaves it there, so the check can fail. A snapshot older than the erasure keeps the row through the rewrite,
/// which then says so.
/// </summary>
public sealed class PostgresErasureFilesTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;

    private static string Canary() => $"canary{Guid.NewGuid():N}";

    private static Memory Fact(string id, string text) => new(id, text, "aad-olga", MemoryVisibility.Private, Start, "aad-olga");

    [Fact]
    public async Task AnErasedMemory_IsInNoTableOrIndexFile_AfterTheErasureFlush()
    {
        await using var host = await PostgresStoreHost.StartAsync(new FakeTimeProvider());
        var store = host.Get<IMemoryStore>();
        var canary = Canary();
        await store.AddAsync(Fact("mem_keep", "the checkout pool restarts nightly"), Token);
        await store.AddAsync(Fact("mem_erase", $"my pager pin is {canary}"), Token);
        await host.Get<IErasureFlush>().FlushErasedAsync(Token);
        Assert.True(await PostgresDataFiles.ContainAsync(host.ConnectionString, canary, Token), "the stored memory should be in the files before the erasure");

        Assert.Equal(1, await store.DeleteAsync(["mem_erase"], Token));
        await host.Get<IErasureFlush>().FlushErasedAsync(Token);

        Assert.Null(await PostgresDataFiles.FindAsync(host.ConnectionString, canary, Token)); // the file that still holds the erased memory
        Assert.NotNull(await store.GetAsync("mem_keep", Token));
    }

    [Fact]
    public async Task APlainDeleteWithoutTheRewrite_LeavesTheMemoryInTheFiles()
    {
        await using var host = await PostgresStoreHost.StartAsync(new FakeTimeProvider());
        var store = host.Get<IMemoryStore>();
        var canary = Canary();
        await store.AddAsync(Fact("mem_erase", $"my pager pin is {canary}"), Token);

        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync(Token);
            await using var delete = new NpgsqlCommand("DELETE FROM memories WHERE id = 'mem_erase'", connection);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync(Token));
        }

        await host.Get<IErasureFlush>().FlushErasedAsync(Token);

        Assert.Null(await store.GetAsync("mem_erase", Token));
        Assert.True(await PostgresDataFiles.ContainAsync(host.ConnectionString, canary, Token), "a plain DELETE should leave the row in the files");
    }

    [Fact]
    public async Task ADeletedPassage_AndAForgottenUploader_AreInNoTableOrIndexFile_AfterTheErasureFlush()
    {
        await using var host = await PostgresStoreHost.StartAsync(new FakeTimeProvider());
        var store = host.Get<IKnowledgeStore>();
        var uploader = Canary();
        var passage = Canary();
        await store.AddAsync(Document("kd_keep", uploader), [new KnowledgeChunk(0, "Runbook", "restart the checkout pool")], Token);
        await store.AddAsync(Document("kd_erase", "aad-bob"), [new KnowledgeChunk(0, "Secrets", $"the break-glass word is {passage}")], Token);
        await host.Get<IErasureFlush>().FlushErasedAsync(Token);
        Assert.True(await PostgresDataFiles.ContainAsync(host.ConnectionString, uploader, Token), "the uploader should be in the files before the erasure");
        Assert.True(await PostgresDataFiles.ContainAsync(host.ConnectionString, passage, Token), "the passage should be in the files before the deletion");

        Assert.Equal(1, await store.ForgetUploaderAsync(uploader, Token));
        Assert.True(await store.DeleteAsync("kd_erase", Token));
        await host.Get<IErasureFlush>().FlushErasedAsync(Token);

        Assert.Null(await PostgresDataFiles.FindAsync(host.ConnectionString, uploader, Token)); // the file that still holds the forgotten uploader
        Assert.Null(await PostgresDataFiles.FindAsync(host.ConnectionString, passage, Token)); // the file that still holds the deleted passage
        Assert.Equal(["kd_keep"], (await store.SearchAsync("checkout", 5, Token)).Select(p => p.DocumentId));
    }

    [Fact]
    public async Task ASnapshotOlderThanTheErasure_KeepsTheRowThroughTheRewrite_WithAWarning_AndTheTablesNextRewriteRemovesIt()
    {
        await using var host = await PostgresStoreHost.StartAsync(new FakeTimeProvider());
        var logger = new RecordingLogger<PostgresDatabase>();
        await using var database = new PostgresDatabase(
            Options.Create(new DatabaseOptions { Kind = DatabaseKind.PostgreSql, ConnectionString = host.ConnectionString }), [], logger: logger);
        var store = new PostgresMemoryStore(database);
        var canary = Canary();
        await store.AddAsync(Fact("mem_erase", $"my pager pin is {canary}"), Token);
        await store.AddAsync(Fact("mem_later", "the checkout pool restarts nightly"), Token);

        await using (var other = new NpgsqlConnection(host.ConnectionString))
        {
            // A long transaction elsewhere in the database: its snapshot, taken before the erasure, may still see the row.
            // It reads another table, so it does not lock memories and the rewrite does not wait for it.
            await other.OpenAsync(Token);
            await using var snapshot = await other.BeginTransactionAsync(IsolationLevel.RepeatableRead, Token);
            await using (var read = new NpgsqlCommand("SELECT count(*) FROM schema_migrations", other, snapshot))
            {
                await read.ExecuteScalarAsync(Token);
            }

            Assert.Equal(1, await store.DeleteAsync(["mem_erase"], Token));
            await host.Get<IErasureFlush>().FlushErasedAsync(Token);

            Assert.True(await PostgresDataFiles.ContainAsync(host.ConnectionString, canary, Token), "the older snapshot should keep the row through the rewrite");
            Assert.True(logger.Entries.Reader.TryRead(out var warning), "the kept rows should be logged");
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Contains("'memories'", warning.Message, StringComparison.Ordinal);
            await snapshot.CommitAsync(Token);
        }

        Assert.Equal(1, await store.DeleteAsync(["mem_later"], Token));
        await host.Get<IErasureFlush>().FlushErasedAsync(Token);

        Assert.Null(await PostgresDataFiles.FindAsync(host.ConnectionString, canary, Token)); // the file that still holds the row after the table's next rewrite
    }

    private static KnowledgeDocument Document(string id, string uploader)
        => new(id, $"{id}.md", "text/markdown", 100, new string('a', 64), 1, $"knowledge/{id}", uploader, Start);
}
