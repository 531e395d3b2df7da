using System.Text.Json;
using Microsoft.Data.Sqlite;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Approvals;

internal sealed class SqliteApprovalStore(SqliteDatabase database) : IApprovalStore
{
    private const string System = "system";

    public async Task<Approval> CreateAsync(string id, ApprovalRequest request, string bindingHash, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO approvals (id, tool, arguments, target, reason, requested_by, requester_roles, binding_hash, created_at, expires_at, status)
            VALUES ($id, $tool, $arguments, $target, $reason, $requestedBy, $roles, $binding, $now, $expires, 'Pending')
            """, cancellationToken,
            ("$id", id), ("$tool", request.Tool), ("$arguments", request.Arguments), ("$target", request.TargetResourceId),
            ("$reason", request.Reason), ("$requestedBy", request.RequestedBy), ("$roles", JsonSerializer.Serialize(request.RequesterRoles)),
            ("$binding", bindingHash), ("$now", SqliteTime.Write(now)), ("$expires", SqliteTime.Write(expiresAt)));
        await connection.ExecuteAsync(transaction, "INSERT INTO approval_revocable_roles (approval_id, roles) VALUES ($id, $roles)", cancellationToken,
            ("$id", id), ("$roles", JsonSerializer.Serialize(request.RevocableRoles)));
        await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, "requested", request.RequestedBy, request.Reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    public async Task<Approval?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var approvals = await ReadAsync(connection, "WHERE id = $id", 1, cancellationToken, ("$id", id));
        return approvals.Count == 0 ? null : approvals[0];
    }

    public async Task<IReadOnlyList<Approval>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return status is { } s
            ? await ReadAsync(connection, "WHERE status = $status", limit, cancellationToken, ("$status", s.ToString()))
            : await ReadAsync(connection, string.Empty, limit, cancellationToken);
    }

    public async Task<DecisionTransition> TryDecideAsync(string id, bool approve, string approver, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var status = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        var changed = await connection.ExecuteAsync(transaction, """
            UPDATE approvals SET status = $status, decided_by = $approver, decided_at = $now, decision_comment = $comment
            WHERE id = $id AND status = 'Pending' AND expires_at > $now
            """, cancellationToken, ("$status", status.ToString()), ("$approver", approver), ("$now", SqliteTime.Write(now)), ("$comment", comment), ("$id", id));
        DecisionTransition transition;
        if (changed == 1)
        {
            await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, approve ? "approved" : "rejected", approver, comment), cancellationToken);
            transition = DecisionTransition.Decided;
        }
        else
        {
            transition = await ExpireIfDueAsync(connection, transaction, id, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return transition;
    }

    public async Task<bool> TryClaimExecutionAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(transaction, "UPDATE approvals SET status = 'Executing', claimed_at = $now WHERE id = $id AND status = 'Approved'",
            cancellationToken, ("$id", id), ("$now", SqliteTime.Write(now)));
        if (changed == 1)
        {
            await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, "executing", System, null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    public async Task CompleteExecutionAsync(string id, bool succeeded, string result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var status = succeeded ? ApprovalStatus.Executed : ApprovalStatus.Failed;
        var changed = await connection.ExecuteAsync(transaction, "UPDATE approvals SET status = $status, result = $result WHERE id = $id AND status = 'Executing'",
            cancellationToken, ("$status", status.ToString()), ("$result", result), ("$id", id));
        if (changed == 1)
        {
            await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, succeeded ? "executed" : "failed", System, null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<string>> ExpireDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status = 'Pending' AND expires_at <= $now", ApprovalStatus.Expired, new ApprovalEvent(now, "expired", System, null), now, cancellationToken);

    public Task<IReadOnlyList<string>> CancelOpenAsync(string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status IN ('Pending', 'Approved')", ApprovalStatus.Cancelled, new ApprovalEvent(now, "cancelled", actor, reason), now, cancellationToken);

    public Task<IReadOnlyList<string>> CancelOpenRequestedByAsync(string requestedBy, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status IN ('Pending', 'Approved') AND requested_by = $user", ApprovalStatus.Cancelled, new ApprovalEvent(now, "cancelled", actor, reason), now, cancellationToken, user: requestedBy);

    public Task<IReadOnlyList<string>> InterruptAbandonedAsync(DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status = 'Executing' AND claimed_at <= $cutoff", ApprovalStatus.Interrupted,
            new ApprovalEvent(now, "interrupted", System, "The action was claimed but never completed (its process stopped); its outcome is unknown and it is not retried."), now, cancellationToken, claimedBefore);

    public async Task<bool> TrySetMotivationAsync(string id, string requestedBy, string motivation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            UPDATE approvals SET motivation = $motivation
            WHERE id = $id AND requested_by = $user AND status = 'Pending' AND motivation IS NULL
            """, cancellationToken, ("$motivation", motivation), ("$id", id), ("$user", requestedBy)) == 1;
    }

    public async Task AddEventAsync(string id, ApprovalEvent approvalEvent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await InsertEventAsync(connection, transaction, id, approvalEvent, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Approval>> ListInvolvingAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var approvals = await ReadAsync(connection,
            "WHERE requested_by = $user OR decided_by = $user OR id IN (SELECT approval_id FROM approval_events WHERE actor = $user)",
            int.MaxValue, cancellationToken, ("$user", userId));
        return [.. approvals.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    public Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
            {
                var parameters = new[] { ("$user", (object?)userId), ("$erased", ErasedUser.Marker) };
                await connection.ExecuteAsync(transaction,
                    "DELETE FROM approval_cards WHERE approval_id IN (SELECT id FROM approvals WHERE requested_by = $user)", cancellationToken, parameters);
                var own = await connection.ExecuteAsync(transaction, "DELETE FROM approvals WHERE requested_by = $user", cancellationToken, parameters);
                var decided = await connection.ExecuteAsync(transaction,
                    "UPDATE approvals SET decided_by = $erased, decision_comment = NULL WHERE decided_by = $user", cancellationToken, parameters);
                await connection.ExecuteAsync(transaction,
                    "UPDATE approval_events SET actor = $erased, comment = NULL WHERE actor = $user", cancellationToken, parameters);
                return own + decided;
            },
            cancellationToken);

    private async Task<IReadOnlyList<string>> BulkTransitionAsync(string condition, ApprovalStatus to, ApprovalEvent approvalEvent, DateTimeOffset now, CancellationToken cancellationToken, DateTimeOffset? cutoff = null, string? user = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<string>();
        await using (var command = connection.Command(transaction, $"UPDATE approvals SET status = $to WHERE {condition} RETURNING id",
            ("$to", to.ToString()), ("$now", SqliteTime.Write(now)), ("$cutoff", cutoff is { } c ? SqliteTime.Write(c) : null), ("$user", user)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            await InsertEventAsync(connection, transaction, id, approvalEvent, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    private static async Task<DecisionTransition> ExpireIfDueAsync(SqliteConnection connection, SqliteTransaction transaction, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var select = connection.Command(transaction, "SELECT status, expires_at FROM approvals WHERE id = $id", ("$id", id));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return DecisionTransition.NotFound;
        }

        var status = Enum.Parse<ApprovalStatus>(reader.GetString(0));
        if (status == ApprovalStatus.Expired)
        {
            return DecisionTransition.Expired;
        }

        if (status != ApprovalStatus.Pending)
        {
            return DecisionTransition.AlreadyDecided;
        }

        await reader.DisposeAsync();
        await connection.ExecuteAsync(transaction, "UPDATE approvals SET status = 'Expired' WHERE id = $id AND status = 'Pending'", cancellationToken, ("$id", id));
        await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, "expired", System, null), cancellationToken);
        return DecisionTransition.Expired;
    }

    private static async Task<IReadOnlyList<Approval>> ReadAsync(SqliteConnection connection, string where, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<Approval>();
        await using (var command = connection.Command(null, $"""
            SELECT id, tool, arguments, target, reason, requested_by, requester_roles, binding_hash, created_at, expires_at,
                   status, decided_by, decided_at, decision_comment, result,
                   (SELECT roles FROM approval_revocable_roles r WHERE r.approval_id = approvals.id), motivation
            FROM approvals {where} ORDER BY created_at DESC, id LIMIT $limit
            """, [.. parameters, ("$limit", limit)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new Approval(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [], reader.GetString(7),
                    SqliteTime.Read(reader.GetString(8)), SqliteTime.Read(reader.GetString(9)), Enum.Parse<ApprovalStatus>(reader.GetString(10)),
                    reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : SqliteTime.Read(reader.GetString(12)),
                    reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14), [])
                {
                    RevocableRoles = reader.IsDBNull(15) ? null : JsonSerializer.Deserialize<List<string>>(reader.GetString(15)),
                    Motivation = reader.IsDBNull(16) ? null : reader.GetString(16),
                });
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = rows[i] with { History = await ReadHistoryAsync(connection, rows[i].Id, cancellationToken) };
        }

        return rows;
    }

    private static async Task<IReadOnlyList<ApprovalEvent>> ReadHistoryAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        var history = new List<ApprovalEvent>();
        await using var command = connection.Command(null, "SELECT at, kind, actor, comment FROM approval_events WHERE approval_id = $id ORDER BY seq", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history.Add(new ApprovalEvent(SqliteTime.Read(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return history;
    }

    private static Task InsertEventAsync(SqliteConnection connection, SqliteTransaction transaction, string id, ApprovalEvent approvalEvent, CancellationToken cancellationToken)
        => connection.ExecuteAsync(transaction, "INSERT INTO approval_events (approval_id, at, kind, actor, comment) VALUES ($id, $at, $kind, $actor, $comment)",
            cancellationToken, ("$id", id), ("$at", SqliteTime.Write(approvalEvent.At)), ("$kind", approvalEvent.Kind), ("$actor", approvalEvent.Actor), ("$comment", approvalEvent.Comment));
}
