using System.Text.Json.Nodes;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Agent.Storage;

/// <summary>The <see cref="ILlmInteractionStore"/> in SQLite: its rows go with their thread by a foreign key.</summary>
public sealed class SqliteLlmInteractionStore(SqliteDatabase database) : ILlmInteractionStore
{
    public string Category => "llmInteractions";

    public async Task SaveAsync(LlmInteraction interaction, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO llm_interactions (id, thread_id, user_id, at, model, question, answer)
            VALUES ($id, $thread, $user, $at, $model, $question, $answer)
            """, cancellationToken,
            ("$id", interaction.Id), ("$thread", interaction.ThreadId), ("$user", interaction.UserId), ("$at", SqliteTime.Write(interaction.At)),
            ("$model", interaction.Model), ("$question", interaction.Question), ("$answer", interaction.Answer));
    }

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT id, thread_id, at, model, question, answer FROM llm_interactions WHERE user_id = $user ORDER BY at", ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new JsonObject
            {
                ["id"] = reader.GetString(0),
                ["threadId"] = reader.GetString(1),
                ["at"] = reader.GetString(2),
                ["model"] = reader.GetString(3),
                ["question"] = reader.GetString(4),
                ["answer"] = reader.GetString(5),
            });
        }

        return items;
    }

    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM llm_interactions WHERE user_id = $user", cancellationToken, ("$user", userId));
    }
}
