using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Agent settings the user changed (the access mode, associated resource groups). Erasing keeps the settings and
/// replaces the user's id with <see cref="ErasedUser.Marker"/>; the audit log keeps who it was under the pseudonym.
/// </summary>
internal sealed class AgentChangePersonalData(SqliteDatabase database) : IPersonalDataSource
{
    public string Category => "agentChanges";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT 'mode', mode, mode_changed_at FROM agent_state WHERE mode_changed_by = $user
            UNION ALL
            SELECT 'resourceGroupAdded', display_id, added_at FROM agent_resource_groups WHERE added_by = $user
            """, ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["change"] = reader.GetString(0),
                ["value"] = reader.GetString(1),
                ["at"] = reader.IsDBNull(2) ? null : JsonSerializer.SerializeToNode(SqliteTime.Read(reader.GetString(2))),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
                await connection.ExecuteAsync(transaction, "UPDATE agent_state SET mode_changed_by = $erased WHERE mode_changed_by = $user", cancellationToken,
                    ("$user", userId), ("$erased", ErasedUser.Marker))
                + await connection.ExecuteAsync(transaction, "UPDATE agent_resource_groups SET added_by = $erased WHERE added_by = $user", cancellationToken,
                    ("$user", userId), ("$erased", ErasedUser.Marker)),
            cancellationToken);
}
