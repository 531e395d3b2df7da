using System.Text.Json.Nodes;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Bot.Agent.Storage;

/// <summary>
/// The <see cref="ILlmInteractionStore"/> on PostgreSQL: its rows go with their thread by a foreign key (the conversation
/// store's erasure rewrites this table too), and a user's erasure is a <see cref="PostgresSecureDelete"/>.
/// </summary>
public sealed class PostgresLlmInteractionStore(PostgresDatabase database) : ILlmInteractionStore
{
    private static readonly string[] Tables = ["llm_interactions"];

    public string Category => "llmInteractions";

    public async Task SaveAsync(LlmInteraction interaction, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO llm_interactions (id, thread_id, user_id, at, model, question, answer)
            VALUES (@id, @thread, @user, @at, @model, @question, @answer)
            """, cancellationToken,
            ("id", interaction.Id), ("thread", interaction.ThreadId), ("user", interaction.UserId), ("at", interaction.At.ToUniversalTime()),
            ("model", interaction.Model), ("question", interaction.Question), ("answer", interaction.Answer));
    }

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT id, thread_id, at, model, question, answer FROM llm_interactions WHERE user_id = @user ORDER BY at", ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new JsonObject
            {
                ["id"] = reader.GetString(0),
                ["threadId"] = reader.GetString(1),
                // The same text as the SQLite store exports, so an export reads the same whichever backend wrote it.
                ["at"] = SqliteTime.Write(reader.GetFieldValue<DateTimeOffset>(2)),
                ["model"] = reader.GetString(3),
                ["question"] = reader.GetString(4),
                ["answer"] = reader.GetString(5),
            });
        }

        return items;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.EraseAsync(Tables, "DELETE FROM llm_interactions WHERE user_id = @user", cancellationToken, ("user", userId));
}
