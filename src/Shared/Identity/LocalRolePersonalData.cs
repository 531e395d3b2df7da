using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Identity;

/// <summary>
/// The user's local role assignments. Erasing removes them (a forgotten person keeps no SreBot role) and, where the
/// user assigned roles to others, replaces the user's id with <see cref="ErasedUser.Marker"/>.
/// </summary>
internal sealed class LocalRolePersonalData(SqliteDatabase database) : IPersonalDataSource
{
    public string Category => "roles";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT role, assigned_by, assigned_at FROM local_roles WHERE user_id = $user ORDER BY role", ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["role"] = reader.GetString(0),
                ["assignedBy"] = ErasedUser.AsSeenBy(reader.GetString(1), userId),
                ["assignedAt"] = JsonSerializer.SerializeToNode(SqliteTime.Read(reader.GetString(2))),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
            {
                var removed = await connection.ExecuteAsync(transaction, "DELETE FROM local_roles WHERE user_id = $user", cancellationToken, ("$user", userId));
                await connection.ExecuteAsync(transaction, "UPDATE local_roles SET assigned_by = $erased WHERE assigned_by = $user", cancellationToken,
                    ("$user", userId), ("$erased", ErasedUser.Marker));
                return removed;
            },
            cancellationToken);
}
