using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.Policy;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// The agent's mode and resource groups on PostgreSQL: one row of <c>agent_state</c> and the rows of
/// <c>agent_resource_groups</c>, read on every call, so a mode changed on one replica applies on the others' next call.
/// </summary>
internal sealed class PostgresAgentStateStore(PostgresDatabase database, IOptions<AgentOptions> options, TimeProvider time) : IAgentStateStore
{
    public async Task<AgentScope> GetScopeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (mode, _, _) = await ReadModeAsync(connection, cancellationToken);
        return new AgentScope(mode, await ReadGroupsAsync(connection, cancellationToken), options.Value.Subscription);
    }

    public async Task<AgentState> GetStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (mode, changedBy, changedAt) = await ReadModeAsync(connection, cancellationToken);
        return new AgentState(mode, changedBy, changedAt, await ReadGroupsAsync(connection, cancellationToken));
    }

    public async Task SetModeAsync(AccessMode mode, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE agent_state SET mode = @mode, mode_changed_by = @actor, mode_changed_at = @now WHERE id = 1",
            cancellationToken, ("mode", mode.ToString()), ("actor", actor), ("now", now.ToUniversalTime()));
    }

    public async Task<bool> AddResourceGroupAsync(ResourceId resourceGroup, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertGroupAsync(connection, null, resourceGroup, actor, now, cancellationToken) == 1;
    }

    public async Task<bool> RemoveResourceGroupAsync(ResourceId resourceGroup, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM agent_resource_groups WHERE canonical_id = @canonical",
            cancellationToken, ("canonical", resourceGroup.Canonical)) == 1;
    }

    public async Task<IReadOnlyList<AgentChange>> ChangesByAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT 'mode', mode, mode_changed_at FROM agent_state WHERE mode_changed_by = @user
            UNION ALL
            SELECT 'resourceGroupAdded', display_id, added_at FROM agent_resource_groups WHERE added_by = @user
            """, ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<AgentChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new AgentChange(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return changes;
    }

    public async Task<int> EraseActorAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(transaction, "UPDATE agent_state SET mode_changed_by = @erased WHERE mode_changed_by = @user",
                cancellationToken, ("user", userId), ("erased", ErasedUser.Marker))
            + await connection.ExecuteAsync(transaction, "UPDATE agent_resource_groups SET added_by = @erased WHERE added_by = @user",
                cancellationToken, ("user", userId), ("erased", ErasedUser.Marker));
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// Seeds a new database: Reader mode and the configured resource groups, once. The state row is inserted with
    /// <c>ON CONFLICT DO NOTHING</c> and the groups only by the replica whose insert won, so replicas starting together seed once.
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seeds = options.Value.ResourceGroups.Select(options.Value.ToResourceGroupId).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var seeded = await connection.ExecuteAsync(transaction, "INSERT INTO agent_state (id, mode) VALUES (1, @mode) ON CONFLICT (id) DO NOTHING",
            cancellationToken, ("mode", nameof(AccessMode.Reader)));
        if (seeded == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var group in seeds)
        {
            await InsertGroupAsync(connection, transaction, group, "configuration", now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<int> InsertGroupAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ResourceId group, string actor, DateTimeOffset now, CancellationToken cancellationToken)
        => connection.ExecuteAsync(transaction, """
            INSERT INTO agent_resource_groups (canonical_id, display_id, added_by, added_at) VALUES (@canonical, @display, @actor, @now)
            ON CONFLICT (canonical_id) DO NOTHING
            """, cancellationToken, ("canonical", group.Canonical), ("display", group.Display), ("actor", actor), ("now", now.ToUniversalTime()));

    private static async Task<(AccessMode Mode, string? ChangedBy, DateTimeOffset? ChangedAt)> ReadModeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT mode, mode_changed_by, mode_changed_at FROM agent_state WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (AccessMode.Reader, null, null);
        }

        return (Enum.Parse<AccessMode>(reader.GetString(0)),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private static async Task<IReadOnlyList<ResourceId>> ReadGroupsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "SELECT display_id FROM agent_resource_groups ORDER BY canonical_id COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<ResourceId>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(ResourceId.Parse(reader.GetString(0)));
        }

        return groups;
    }
}
