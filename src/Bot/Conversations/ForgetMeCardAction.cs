using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Conversations.Commands;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The buttons of the "forget me" card. A click counts only in a one-to-one chat, from the person the card was made
/// for, in the chat it was made in, within <see cref="ForgetMeConfirmations.MaxAge"/> and once
/// (<see cref="ForgetMeConfirmations"/>); Cancel erases nothing. The erasure answers with a card of what went (an invoke
/// answer, so nothing new is recorded in the erased thread).
/// </summary>
public sealed class ForgetMeCardAction(PersonalDataEraser eraser, ForgetMeConfirmations confirmations)
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, ChatCaller caller, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (!PersonalChatOnly.IsPersonal(turn))
        {
            return Answer(ForgetMeCard.NothingErased("Erasing your data works only in your one-to-one chat with SreBot. Type 'forget me' there."));
        }

        var check = await confirmations.UseAsync(caller.Identity.UserId, turn.Conversation, data, cancellationToken);
        switch (check)
        {
            case ForgetMeCheck.NotForYou:
                return Answer(ForgetMeCard.NothingErased("This card was made for someone else, or for another chat. Type 'forget me' to get your own."));
            case ForgetMeCheck.TooOld:
                return Answer(ForgetMeCard.NothingErased($"This confirmation is older than {ForgetMeConfirmations.MaxAge.TotalMinutes:0} minutes. Type 'forget me' again."));
            case ForgetMeCheck.AlreadyUsed:
                return Answer(ForgetMeCard.NothingErased("This confirmation was already used. Type 'forget me' again."));
        }

        if (verb == ForgetMeVerbs.Cancel)
        {
            return Answer(ForgetMeCard.NothingErased("You cancelled: your data stays as it was."));
        }

        var erasure = await eraser.EraseAsync(caller.Identity.UserId, caller.Identity.UserId, cancellationToken);
        return Answer(ForgetMeCard.Erased(erasure.Counts));
    }

    private static InvokeResponse Answer(Cards.AdaptiveCard card) => InvokeResponse.Card(card.ToJsonElement());
}
