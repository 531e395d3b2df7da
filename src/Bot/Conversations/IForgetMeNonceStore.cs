namespace SreBot.Bot.Conversations;

/// <summary>
/// The nonces of "forget me" confirmations already used, shared by every replica, so a confirmation counts once.
/// </summary>
public interface IForgetMeNonceStore
{
    /// <summary>
    /// Forgets the nonces used before <paramref name="forgetUsedBefore"/>, then records <paramref name="nonce"/> as used at
    /// <paramref name="now"/>. True for exactly one of any number of calls (also concurrent ones, also on other replicas)
    /// with the same nonce while it is remembered; false for the others.
    /// </summary>
    Task<bool> TryUseOnceAsync(string nonce, DateTimeOffset now, DateTimeOffset forgetUsedBefore, CancellationToken cancellationToken);
}
