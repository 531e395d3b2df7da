using Microsoft.Data.Sqlite;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Identity;

internal sealed class SqliteLocalRoleStore(SqliteDatabase database) : ILocalRoleStore
{
    public async Task<IReadOnlySet<string>> GetRolesAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT role FROM local_roles WHERE user_id = $user";
        command.Parameters.AddWithValue("$user", userId);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            roles.Add(reader.GetString(0));
        }

        return roles;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, role FROM local_roles ORDER BY user_id, role";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await LocalRoleRows.ReadAsync(reader, cancellationToken);
    }

    public async Task SetRolesAsync(string userId, IReadOnlySet<string> roles, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM local_roles WHERE user_id = $user";
            delete.Parameters.AddWithValue("$user", userId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var role in roles)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO local_roles (user_id, role, assigned_by, assigned_at) VALUES ($user, $role, $actor, $now)";
            insert.Parameters.AddWithValue("$user", userId);
            insert.Parameters.AddWithValue("$role", role);
            insert.Parameters.AddWithValue("$actor", actor);
            insert.Parameters.AddWithValue("$now", SqliteTime.Write(now));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LocalRoleAssignment>> AssignmentsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT role, assigned_by, assigned_at FROM local_roles WHERE user_id = $user ORDER BY role", ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var assignments = new List<LocalRoleAssignment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            assignments.Add(new LocalRoleAssignment(reader.GetString(0), reader.GetString(1), SqliteTime.Read(reader.GetString(2))));
        }

        return assignments;
    }

    public Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken)
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
