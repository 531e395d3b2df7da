using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// Sandbox operations (restarts, scaling) run on the user's behalf; the Sandbox's activity log shows their caller.
/// Erasing keeps the operations and replaces the caller with <see cref="ErasedUser.Marker"/>.
/// </summary>
internal sealed class SandboxOperationPersonalData(SqliteDatabase database) : IPersonalDataSource
{
    public string Category => "sandboxOperations";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT kind, resource_id, instance_count, occurred_at_ms FROM sandbox_operations WHERE caller = $user ORDER BY id", ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["kind"] = reader.GetString(0),
                ["resourceId"] = reader.GetString(1),
                ["instanceCount"] = reader.IsDBNull(2) ? null : reader.GetInt32(2),
                ["at"] = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            (connection, transaction) => connection.ExecuteAsync(transaction, "UPDATE sandbox_operations SET caller = $erased WHERE caller = $user", cancellationToken,
                ("$user", userId), ("$erased", ErasedUser.Marker)),
            cancellationToken);
}
