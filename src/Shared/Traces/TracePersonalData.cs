using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Traces;

/// <summary>The investigation traces the user asked for, wherever they ran, with their steps.</summary>
internal sealed class TracePersonalData(SqliteDatabase database, IInvestigationTraceStore traces) : IPersonalDataSource
{
    public string Category => "traces";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var threadIds = new List<string>();
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var command = connection.Command(null, "SELECT DISTINCT thread_id FROM investigation_traces WHERE requested_by = $user ORDER BY thread_id", ("$user", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                threadIds.Add(reader.GetString(0));
            }
        }

        var mine = new List<InvestigationTrace>();
        foreach (var threadId in threadIds)
        {
            var list = await traces.ListForThreadAsync(threadId, int.MaxValue, cancellationToken);
            mine.AddRange(list.Where(t => string.Equals(t.RequestedBy, userId, StringComparison.Ordinal)));
        }

        return JsonSerializer.SerializeToNode(mine.OrderBy(t => t.StartedAt), JsonSerializerOptions.Web)!;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            (connection, transaction) => connection.ExecuteAsync(transaction, "DELETE FROM investigation_traces WHERE requested_by = $user", cancellationToken, ("$user", userId)),
            cancellationToken);
}
