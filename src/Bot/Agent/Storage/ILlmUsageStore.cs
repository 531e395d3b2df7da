namespace SreBot.Bot.Agent.Storage;

/// <summary>
/// The tokens each user used per UTC day, shared by every replica: what the daily token limit is checked against.
/// </summary>
public interface ILlmUsageStore
{
    /// <summary>The tokens <paramref name="userId"/> used on the UTC day of <paramref name="now"/>; 0 when none.</summary>
    Task<long> UsedAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="tokens"/> to that day's count (atomically, also across replicas); nothing when not positive.</summary>
    Task AddAsync(string userId, DateTimeOffset now, long tokens, CancellationToken cancellationToken);
}
