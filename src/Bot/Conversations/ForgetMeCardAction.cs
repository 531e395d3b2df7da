using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The buttons of the "forget me" card. Only the person the card was made for can use it, only within
/// <see cref="MaxAge"/>; Cancel erases nothing. The erasure answers with a card of what went (an invoke answer, so
/// nothing new is recorded in the erased thread).
/// </summary>
public sealed class ForgetMeCardAction(PersonalDataEraser eraser, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    public static string SubjectHash(string userId)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("srebot-forget-me\n" + userId)))[..32];

    public async Task<InvokeResponse> HandleAsync(ChatCaller caller, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (!data.TryGetProperty(ForgetMeVerbs.SubjectKey, out var subject) || subject.ValueKind != JsonValueKind.String
            || !string.Equals(subject.GetString(), SubjectHash(caller.Identity.UserId), StringComparison.Ordinal))
        {
            return Answer(ForgetMeCard.NothingErased("This card was made for someone else. Type 'forget me' to get your own."));
        }

        if (verb == ForgetMeVerbs.Cancel)
        {
            return Answer(ForgetMeCard.NothingErased("You cancelled: your data stays as it was."));
        }

        var now = time.GetUtcNow();
        if (!data.TryGetProperty(ForgetMeVerbs.IssuedAtKey, out var issued) || issued.ValueKind != JsonValueKind.String
            || !long.TryParse(issued.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > now.ToUnixTimeSeconds() + 60 || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > MaxAge)
        {
            return Answer(ForgetMeCard.NothingErased($"This confirmation is older than {MaxAge.TotalMinutes:0} minutes. Type 'forget me' again."));
        }

        var erasure = await eraser.EraseAsync(caller.Identity.UserId, caller.Identity.UserId, cancellationToken);
        return Answer(ForgetMeCard.Erased(erasure.Counts));
    }

    private static InvokeResponse Answer(Cards.AdaptiveCard card) => InvokeResponse.Card(card.ToJsonElement());
}
