using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Identity;

/// <summary>
/// The local roles as rows of <c>local_roles</c> on PostgreSQL. Setting a user's roles replaces them in one transaction.
/// Erasure deletes the rows and the user's name as assigner; scrubbing the freed space of the table files is the
/// PostgreSQL erasure flush, which is not built yet (docs/scale-out.md).
/// </summary>
internal sealed class PostgresLocalRoleStore(PostgresDatabase database) : ILocalRoleStore
{
    public async Task<IReadOnlySet<string>> GetRolesAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT role FROM local_roles WHERE user_id = @user", ("user", userId));
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
        await using var command = connection.Command(null, "SELECT user_id, role FROM local_roles ORDER BY user_id COLLATE \"C\", role COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await LocalRoleRows.ReadAsync(reader, cancellationToken);
    }

    public async Task SetRolesAsync(string userId, IReadOnlySet<string> roles, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, "DELETE FROM local_roles WHERE user_id = @user", cancellationToken, ("user", userId));
        foreach (var role in roles)
        {
            await connection.ExecuteAsync(transaction,
                "INSERT INTO local_roles (user_id, role, assigned_by, assigned_at) VALUES (@user, @role, @actor, @now)", cancellationToken,
                ("user", userId), ("role", role), ("actor", actor), ("now", now.ToUniversalTime()));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LocalRoleAssignment>> AssignmentsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT role, assigned_by, assigned_at FROM local_roles WHERE user_id = @user ORDER BY role COLLATE \"C\"", ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var assignments = new List<LocalRoleAssignment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            assignments.Add(new LocalRoleAssignment(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return assignments;
    }

    public async Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(transaction, "DELETE FROM local_roles WHERE user_id = @user", cancellationToken, ("user", userId));
        await connection.ExecuteAsync(transaction, "UPDATE local_roles SET assigned_by = @erased WHERE assigned_by = @user", cancellationToken,
            ("user", userId), ("erased", ErasedUser.Marker));
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
