using System.Globalization;
using Microsoft.Extensions.Options;
using SreBot.Shared.Policy;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;
using SreBot.Shared.Storage;

namespace SreBot.Shared.AgentAccess;

internal sealed class SqliteAgentStateStore(SqliteDatabase database, IOptions<AgentOptions> options, TimeProvider time) : IAgentStateStore
{
    public async Task<AgentScope> GetScopeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT mode FROM agent_state WHERE id = 1;
            SELECT display_id FROM agent_resource_groups ORDER BY canonical_id;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var mode = AccessMode.Reader;
        if (await reader.ReadAsync(cancellationToken))
        {
            mode = Enum.Parse<AccessMode>(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        var groups = new List<ResourceId>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(ResourceId.Parse(reader.GetString(0)));
        }

        return new AgentScope(mode, groups, options.Value.Subscription);
    }

    public async Task<AgentState> GetStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT mode, mode_changed_by, mode_changed_at FROM agent_state WHERE id = 1";
        AccessMode mode = AccessMode.Reader;
        string? changedBy = null;
        DateTimeOffset? changedAt = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                mode = Enum.Parse<AccessMode>(reader.GetString(0));
                changedBy = reader.IsDBNull(1) ? null : reader.GetString(1);
                changedAt = reader.IsDBNull(2) ? null : SqliteTime.Read(reader.GetString(2));
            }
        }

        var scope = await GetScopeAsync(cancellationToken);
        return new AgentState(mode, changedBy, changedAt, scope.ResourceGroups);
    }

    public async Task SetModeAsync(AccessMode mode, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE agent_state SET mode = $mode, mode_changed_by = $actor, mode_changed_at = $now WHERE id = 1";
        command.Parameters.AddWithValue("$mode", mode.ToString());
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> AddResourceGroupAsync(ResourceId resourceGroup, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO agent_resource_groups (canonical_id, display_id, added_by, added_at)
            VALUES ($canonical, $display, $actor, $now)
            """;
        command.Parameters.AddWithValue("$canonical", resourceGroup.Canonical);
        command.Parameters.AddWithValue("$display", resourceGroup.Display);
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$now", SqliteTime.Write(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RemoveResourceGroupAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM agent_resource_groups WHERE canonical_id = $canonical";
        command.Parameters.AddWithValue("$canonical", resourceGroup.Canonical);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<AgentChange>> ChangesByAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT 'mode', mode, mode_changed_at FROM agent_state WHERE mode_changed_by = $user
            UNION ALL
            SELECT 'resourceGroupAdded', display_id, added_at FROM agent_resource_groups WHERE added_by = $user
            """, ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<AgentChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new AgentChange(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : SqliteTime.Read(reader.GetString(2))));
        }

        return changes;
    }

    public Task<int> EraseActorAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
                await connection.ExecuteAsync(transaction, "UPDATE agent_state SET mode_changed_by = $erased WHERE mode_changed_by = $user", cancellationToken,
                    ("$user", userId), ("$erased", ErasedUser.Marker))
                + await connection.ExecuteAsync(transaction, "UPDATE agent_resource_groups SET added_by = $erased WHERE added_by = $user", cancellationToken,
                    ("$user", userId), ("$erased", ErasedUser.Marker)),
            cancellationToken);

    /// <summary>Seeds a new data directory: Reader mode and the configured resource groups. Does nothing afterwards.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seeds = options.Value.ResourceGroups.Select(options.Value.ToResourceGroupId).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM agent_state";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        var now = SqliteTime.Write(time.GetUtcNow());
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO agent_state (id, mode) VALUES (1, $mode)";
        insert.Parameters.AddWithValue("$mode", nameof(AccessMode.Reader));
        await insert.ExecuteNonQueryAsync(cancellationToken);

        foreach (var group in seeds)
        {
            await using var add = connection.CreateCommand();
            add.CommandText = """
                INSERT OR IGNORE INTO agent_resource_groups (canonical_id, display_id, added_by, added_at)
                VALUES ($canonical, $display, 'configuration', $now)
                """;
            add.Parameters.AddWithValue("$canonical", group.Canonical);
            add.Parameters.AddWithValue("$display", group.Display);
            add.Parameters.AddWithValue("$now", now);
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
