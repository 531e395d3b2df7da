using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>forget me</c>: shows what would be erased and asks for confirmation on a card; nothing is erased until the caller confirms.</summary>
public sealed class ForgetMeCommand(PersonalDataExporter exporter, ForgetMeConfirmations confirmations) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.ForgetMe];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        if (!PersonalChatOnly.IsPersonal(turn))
        {
            await turn.SendTextAsync(PersonalChatOnly.Refusal, cancellationToken);
            return;
        }

        var counts = await exporter.CountAsync(caller.Identity.UserId, cancellationToken);
        var card = ForgetMeCard.Confirm(counts, confirmations.Issue(caller.Identity.UserId, turn.Conversation));
        await turn.SendCardAsync(card.ToJsonElement(), "forget me: confirmation", cancellationToken);
    }
}
