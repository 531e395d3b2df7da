using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Tests.Retention;

/// <summary>
/// The core services as a host composes them (<see cref="SreBotSharedRegistration.AddSreBotShared"/>) over a data directory,
/// on a fake clock, with the given settings. Several hosts over one directory act as replicas.
/// </summary>
internal sealed class RetentionHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private RetentionHost(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public RetentionRunner Runner => _services.GetRequiredService<RetentionRunner>();

    public IAuditLog Audit => _services.GetRequiredService<IAuditLog>();

    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public IInvestigationTraceStore Traces => _services.GetRequiredService<IInvestigationTraceStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<RetentionHost> StartAsync(string dataDirectory, IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["SreBot:DataDirectory"] = dataDirectory })
            .Build();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddSreBotShared(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new RetentionHost(provider, time);
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

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
