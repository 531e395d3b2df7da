using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Tests.Retention;

/// <summary>
/// A <see cref="SqliteStoreHost"/> over a data directory, on a fake clock, with the given settings, and the steps the
/// retention tests take. Several hosts over one directory act as replicas.
/// </summary>
internal sealed class RetentionHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteStoreHost _host;

    private RetentionHost(SqliteStoreHost host, FakeTimeProvider time)
    {
        _host = host;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public RetentionRunner Runner => _host.Get<RetentionRunner>();

    public IAuditLog Audit => _host.Get<IAuditLog>();

    public IConversationStore Conversations => _host.Get<IConversationStore>();

    public IInvestigationTraceStore Traces => _host.Get<IInvestigationTraceStore>();

    public T Get<T>() where T : notnull => _host.Get<T>();

    public static async Task<RetentionHost> StartAsync(string dataDirectory, IDictionary<string, string?> settings)
    {
        var time = new FakeTimeProvider(Start);
        return new RetentionHost(await SqliteStoreHost.StartAsync(time, dataDirectory, settings), time);
    }

    /// <summary>A message in the thread of conversation <paramref name="conversationId"/>, now.</summary>
    public async Task<string> SayAsync(string conversationId, string text)
    {
        var conversation = new ConversationReference("msteams", "http://127.0.0.1:1/", conversationId, "personal", "tenant-1");
        await Conversations.RecordMessageAsync(conversation, new ChatMessage("aad-olga", "Olga", "in", Time.GetUtcNow(), text), CancellationToken.None);
        return conversation.ThreadId;
    }

    /// <summary>An investigation trace in the thread, finished now.</summary>
    public async Task<string> TraceAsync(string threadId, string conclusion)
    {
        var now = Time.GetUtcNow();
        var trace = new InvestigationTrace(InvestigationTrace.NewId(), threadId, "aad-olga", null, now, now,
            [new TraceStep("resource_get", "{}", 1, true, "found")], ["finding"], conclusion);
        await Traces.SaveAsync(trace, CancellationToken.None);
        return trace.Id;
    }

    /// <summary>Runs SQL on a connection of its own, as someone with access to the file would.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Get<SqliteDatabase>().FilePath,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<AuditRecord>> RetentionRecordsAsync()
        => await Audit.QueryAsync(new AuditQuery(EventType: RetentionAuditEvents.Purged), CancellationToken.None);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
