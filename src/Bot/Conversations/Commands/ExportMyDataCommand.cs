using System.Globalization;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>export my data</c>: builds the caller's export, keeps it as a blob and says what it holds and where to fetch it.</summary>
public sealed class ExportMyDataCommand(PersonalDataExporter exporter) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.ExportMyData];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        if (!PersonalChatOnly.IsPersonal(turn))
        {
            await turn.SendTextAsync(PersonalChatOnly.Refusal, cancellationToken);
            return;
        }

        var export = await exporter.ExportAsync(caller.Identity.UserId, caller.Identity.UserId, cancellationToken);
        var counts = string.Join(", ", export.Counts.Select(c => $"{c.Key} {c.Value.ToString(CultureInfo.InvariantCulture)}"));
        await turn.SendTextAsync(
            $"Your data export {export.Id} is ready ({counts}). Fetch it with GET /api/v1/me/exports/{export.Id} and your token " +
            "(header 'Authorization: Bearer <token>'); only you can. It is kept until you erase your data ('forget me').",
            cancellationToken);
    }
}
