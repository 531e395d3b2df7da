using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The value the "forget me" card's buttons carry: when it was issued, a random nonce, and an HMAC (key:
/// <see cref="CardActionKey"/>) over the user id, the conversation, the time and the nonce. A click counts only for that
/// user in that conversation, within <see cref="MaxAge"/>, and once: the nonce is recorded when used (<see cref="IForgetMeNonceStore"/>),
/// so a replay is refused, also after a restart or on another replica.
/// </summary>
public sealed class ForgetMeConfirmations(CardActionKey key, IForgetMeNonceStore nonces, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);

    private const string Purpose = "srebot.forget-me.confirmation.v1";
    private const int NonceBytes = 16;

    public IReadOnlyDictionary<string, string> Issue(string userId, ConversationReference conversation)
    {
        var issuedAt = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(NonceBytes));
        return new Dictionary<string, string>
        {
            [ForgetMeVerbs.IssuedAtKey] = issuedAt,
            [ForgetMeVerbs.NonceKey] = nonce,
            [ForgetMeVerbs.MacKey] = Convert.ToHexStringLower(MacFor(userId, conversation, issuedAt, nonce)),
        };
    }

    /// <summary>Checks the clicked value; when it is <see cref="ForgetMeCheck.Valid"/> it is used up by this call.</summary>
    public async Task<ForgetMeCheck> UseAsync(string userId, ConversationReference conversation, JsonElement data, CancellationToken cancellationToken)
    {
        if (Text(data, ForgetMeVerbs.IssuedAtKey) is not { Length: <= 20 } issuedAt
            || Text(data, ForgetMeVerbs.NonceKey) is not { Length: NonceBytes * 2 } nonce
            || Text(data, ForgetMeVerbs.MacKey) is not { Length: 64 } macHex
            || !TryHex(macHex, out var mac)
            || !CryptographicOperations.FixedTimeEquals(mac, MacFor(userId, conversation, issuedAt, nonce)))
        {
            return ForgetMeCheck.NotForYou;
        }

        var now = time.GetUtcNow();
        if (!long.TryParse(issuedAt, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > now.ToUnixTimeSeconds() + 60 || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > MaxAge)
        {
            return ForgetMeCheck.TooOld;
        }

        return await nonces.TryUseOnceAsync(nonce, now, now - MaxAge - MaxAge, cancellationToken) ? ForgetMeCheck.Valid : ForgetMeCheck.AlreadyUsed;
    }

    // Each field length-prefixed, so no two different tuples give the same bytes.
    private byte[] MacFor(string userId, ConversationReference conversation, string issuedAt, string nonce)
    {
        var message = new StringBuilder();
        foreach (var field in new[] { userId, conversation.ChannelId, conversation.ConversationId, issuedAt, nonce })
        {
            message.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return key.Mac(Purpose, Encoding.UTF8.GetBytes(message.ToString()));
    }

    private static string? Text(JsonElement data, string name)
        => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
