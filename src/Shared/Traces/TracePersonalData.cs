using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Traces;

/// <summary>The investigation traces the user asked for, wherever they ran, with their steps.</summary>
internal sealed class TracePersonalData(IInvestigationTraceStore traces) : IPersonalDataSource
{
    public string Category => "traces";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
        => PersonalDataJson.From(await traces.ListRequestedByAsync(userId, cancellationToken));

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => traces.DeleteRequestedByAsync(userId, cancellationToken);
}
