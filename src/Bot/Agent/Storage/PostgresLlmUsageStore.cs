using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Bot.Agent.Storage;

/// <summary>
/// The <see cref="ILlmUsageStore"/> on PostgreSQL: one row per user and UTC day, added to by an atomic upsert, so adds
/// from every replica at once are all counted.
/// </summary>
public sealed class PostgresLlmUsageStore(PostgresDatabase database) : ILlmUsageStore
{
    public async Task<long> UsedAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT tokens FROM llm_token_usage WHERE user_id = @user AND day = @day", ("user", userId), ("day", Day(now)));
        return await command.ExecuteScalarAsync(cancellationToken) is long tokens ? tokens : 0;
    }

    public async Task AddAsync(string userId, DateTimeOffset now, long tokens, CancellationToken cancellationToken)
    {
        if (tokens <= 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO llm_token_usage AS u (user_id, day, tokens) VALUES (@user, @day, @tokens)
            ON CONFLICT (user_id, day) DO UPDATE SET tokens = u.tokens + excluded.tokens
            """, cancellationToken, ("user", userId), ("day", Day(now)), ("tokens", tokens));
    }

    private static DateOnly Day(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
