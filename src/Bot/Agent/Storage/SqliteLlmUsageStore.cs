using System.Globalization;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Agent.Storage;

/// <summary>The <see cref="ILlmUsageStore"/> in SQLite: the daily limit holds across restarts and replicas sharing the file.</summary>
public sealed class SqliteLlmUsageStore(SqliteDatabase database) : ILlmUsageStore
{
    public async Task<long> UsedAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT tokens FROM llm_token_usage WHERE user_id = $user AND day = $day", ("$user", userId), ("$day", Day(now)));
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
            INSERT INTO llm_token_usage (user_id, day, tokens) VALUES ($user, $day, $tokens)
            ON CONFLICT (user_id, day) DO UPDATE SET tokens = tokens + excluded.tokens
            """, cancellationToken, ("$user", userId), ("$day", Day(now)), ("$tokens", tokens));
    }

    private static string Day(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
