using System.Text.Json;
using Npgsql;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Approvals;

/// <summary>
/// The approvals on PostgreSQL. Every transition is a conditional <c>UPDATE … WHERE status = …</c> whose row count says who
/// won: under READ COMMITTED a second replica's update waits for the first's row lock and then re-checks its condition on
/// the committed row, so each approval is decided, claimed and completed once across replicas, and its history gets the
/// step only from the winner. The bulk transitions (expiry sweep, cancellation, interruption) lock their rows in id order
/// first, so two replicas sweeping together neither deadlock nor both move (and log) the same approval.
/// </summary>
internal sealed class PostgresApprovalStore(PostgresDatabase database) : IApprovalStore
{
    private const string System = "system";

    /// <summary>The tables an erasure touches (the cascades from <c>approvals</c> included).</summary>
    private static readonly string[] ErasedTables = ["approval_cards", "approvals", "approval_events", "approval_revocable_roles"];

    public async Task<Approval> CreateAsync(string id, ApprovalRequest request, string bindingHash, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(transaction, """
                INSERT INTO approvals (id, tool, arguments, target, reason, requested_by, requester_roles, binding_hash, created_at, expires_at, status)
                VALUES (@id, @tool, @arguments, @target, @reason, @requestedBy, @roles, @binding, @now, @expires, 'Pending')
                """, cancellationToken,
                ("id", id), ("tool", request.Tool), ("arguments", request.Arguments), ("target", request.TargetResourceId),
                ("reason", request.Reason), ("requestedBy", request.RequestedBy), ("roles", JsonSerializer.Serialize(request.RequesterRoles)),
                ("binding", bindingHash), ("now", now.ToUniversalTime()), ("expires", expiresAt.ToUniversalTime()));
            await connection.ExecuteAsync(transaction, "INSERT INTO approval_revocable_roles (approval_id, roles) VALUES (@id, @roles)", cancellationToken,
                ("id", id), ("roles", JsonSerializer.Serialize(request.RevocableRoles)));
            await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, "requested", request.RequestedBy, request.Reason), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return (await GetAsync(id, cancellationToken))!;
    }

    public async Task<Approval?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var approvals = await ReadAsync(connection, "WHERE id = @id", 1, cancellationToken, ("id", id));
        return approvals.Count == 0 ? null : approvals[0];
    }

    public async Task<IReadOnlyList<Approval>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return status is { } s
            ? await ReadAsync(connection, "WHERE status = @status", limit, cancellationToken, ("status", s.ToString()))
            : await ReadAsync(connection, string.Empty, limit, cancellationToken);
    }

    public async Task<DecisionTransition> TryDecideAsync(string id, bool approve, string approver, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var status = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        var changed = await connection.ExecuteAsync(transaction, """
            UPDATE approvals SET status = @status, decided_by = @approver, decided_at = @now, decision_comment = @comment
            WHERE id = @id AND status = 'Pending' AND expires_at > @now
            """, cancellationToken, ("status", status.ToString()), ("approver", approver), ("now", now.ToUniversalTime()), ("comment", comment), ("id", id));
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
        => await TransitionOneAsync(id, "status = 'Executing', claimed_at = @now", "status = 'Approved'",
            new ApprovalEvent(now, "executing", System, null), cancellationToken, ("now", now.ToUniversalTime()));

    public async Task CompleteExecutionAsync(string id, bool succeeded, string result, DateTimeOffset now, CancellationToken cancellationToken)
        => await TransitionOneAsync(id, "status = @status, result = @result", "status = 'Executing'",
            new ApprovalEvent(now, succeeded ? "executed" : "failed", System, null), cancellationToken,
            ("status", (succeeded ? ApprovalStatus.Executed : ApprovalStatus.Failed).ToString()), ("result", result));

    public Task<IReadOnlyList<string>> ExpireDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status = 'Pending' AND expires_at <= @now", ApprovalStatus.Expired, new ApprovalEvent(now, "expired", System, null), cancellationToken,
            ("now", now.ToUniversalTime()));

    public Task<IReadOnlyList<string>> CancelOpenAsync(string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status IN ('Pending', 'Approved')", ApprovalStatus.Cancelled, new ApprovalEvent(now, "cancelled", actor, reason), cancellationToken);

    public Task<IReadOnlyList<string>> CancelOpenRequestedByAsync(string requestedBy, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status IN ('Pending', 'Approved') AND requested_by = @user", ApprovalStatus.Cancelled, new ApprovalEvent(now, "cancelled", actor, reason), cancellationToken,
            ("user", requestedBy));

    public Task<IReadOnlyList<string>> InterruptAbandonedAsync(DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken)
        => BulkTransitionAsync("status = 'Executing' AND claimed_at <= @cutoff", ApprovalStatus.Interrupted,
            new ApprovalEvent(now, "interrupted", System, "The action was claimed but never completed (its process stopped); its outcome is unknown and it is not retried."), cancellationToken,
            ("cutoff", claimedBefore.ToUniversalTime()));

    public async Task<bool> TrySetMotivationAsync(string id, string requestedBy, string motivation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            UPDATE approvals SET motivation = @motivation
            WHERE id = @id AND requested_by = @user AND status = 'Pending' AND motivation IS NULL
            """, cancellationToken, ("motivation", motivation), ("id", id), ("user", requestedBy)) == 1;
    }

    public async Task AddEventAsync(string id, ApprovalEvent approvalEvent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await InsertEventAsync(connection, null, id, approvalEvent, cancellationToken);
    }

    public async Task<IReadOnlyList<Approval>> ListInvolvingAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var approvals = await ReadAsync(connection,
            "WHERE requested_by = @user OR decided_by = @user OR id IN (SELECT approval_id FROM approval_events WHERE actor = @user)",
            int.MaxValue, cancellationToken, ("user", userId));
        return [.. approvals.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    public Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            ErasedTables,
            async (connection, transaction) =>
            {
                var parameters = new[] { ("user", (object?)userId), ("erased", ErasedUser.Marker) };
                await connection.ExecuteAsync(transaction,
                    "DELETE FROM approval_cards WHERE approval_id IN (SELECT id FROM approvals WHERE requested_by = @user)", cancellationToken, parameters);
                var own = await connection.ExecuteAsync(transaction, "DELETE FROM approvals WHERE requested_by = @user", cancellationToken, parameters);
                var decided = await connection.ExecuteAsync(transaction,
                    "UPDATE approvals SET decided_by = @erased, decision_comment = NULL WHERE decided_by = @user", cancellationToken, parameters);
                await connection.ExecuteAsync(transaction,
                    "UPDATE approval_events SET actor = @erased, comment = NULL WHERE actor = @user", cancellationToken, parameters);
                return own + decided;
            },
            cancellationToken);

    /// <summary>One approval from <paramref name="from"/> by <paramref name="set"/>, with its history step only when this call moved it.</summary>
    private async Task<bool> TransitionOneAsync(string id, string set, string from, ApprovalEvent approvalEvent, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(transaction, $"UPDATE approvals SET {set} WHERE id = @id AND {from}", cancellationToken, [.. parameters, ("id", id)]);
        if (changed == 1)
        {
            await InsertEventAsync(connection, transaction, id, approvalEvent, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    /// <summary>
    /// Moves every approval matching <paramref name="condition"/> to <paramref name="to"/>. The rows are locked in id order
    /// (<c>FOR NO KEY UPDATE</c>, which re-checks the condition after waiting for another replica's lock) before they are
    /// updated: each id is moved, returned and logged by one caller only, and two sweeps lock in the same order.
    /// </summary>
    private async Task<IReadOnlyList<string>> BulkTransitionAsync(string condition, ApprovalStatus to, ApprovalEvent approvalEvent, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<string>();
        await using (var command = connection.Command(transaction, $"""
            WITH due AS (SELECT id FROM approvals WHERE {condition} ORDER BY id COLLATE "C" FOR NO KEY UPDATE),
                 moved AS (UPDATE approvals SET status = @to FROM due WHERE approvals.id = due.id RETURNING approvals.id)
            SELECT id FROM moved ORDER BY id COLLATE "C"
            """, [.. parameters, ("to", to.ToString())]))
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

    /// <summary>Why a decision found nothing to move; an overdue pending one is expired here (and logged) when this call moved it.</summary>
    private static async Task<DecisionTransition> ExpireIfDueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ApprovalStatus status;
        await using (var select = connection.Command(transaction, "SELECT status FROM approvals WHERE id = @id", ("id", id)))
        {
            if (await select.ExecuteScalarAsync(cancellationToken) is not string stored)
            {
                return DecisionTransition.NotFound;
            }

            status = Enum.Parse<ApprovalStatus>(stored);
        }

        if (status == ApprovalStatus.Expired)
        {
            return DecisionTransition.Expired;
        }

        if (status != ApprovalStatus.Pending)
        {
            return DecisionTransition.AlreadyDecided;
        }

        // Pending, so past its expiry (the decision's condition failed). Another replica may be expiring or deciding it
        // at this moment: the update waits for it, and only the caller that moved the row writes the step.
        if (await connection.ExecuteAsync(transaction, "UPDATE approvals SET status = 'Expired' WHERE id = @id AND status = 'Pending'", cancellationToken, ("id", id)) == 1)
        {
            await InsertEventAsync(connection, transaction, id, new ApprovalEvent(now, "expired", System, null), cancellationToken);
            return DecisionTransition.Expired;
        }

        await using var after = connection.Command(transaction, "SELECT status FROM approvals WHERE id = @id", ("id", id));
        return await after.ExecuteScalarAsync(cancellationToken) is string current && current == nameof(ApprovalStatus.Expired)
            ? DecisionTransition.Expired
            : DecisionTransition.AlreadyDecided;
    }

    private static async Task<IReadOnlyList<Approval>> ReadAsync(NpgsqlConnection connection, string where, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<Approval>();
        await using (var command = connection.Command(null, $"""
            SELECT id, tool, arguments, target, reason, requested_by, requester_roles, binding_hash, created_at, expires_at,
                   status, decided_by, decided_at, decision_comment, result,
                   (SELECT roles FROM approval_revocable_roles r WHERE r.approval_id = approvals.id), motivation
            FROM approvals {where} ORDER BY created_at DESC, id COLLATE "C" LIMIT @limit
            """, [.. parameters, ("limit", limit)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new Approval(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [], reader.GetString(7),
                    reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9), Enum.Parse<ApprovalStatus>(reader.GetString(10)),
                    reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                    reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14), [])
                {
                    RevocableRoles = reader.IsDBNull(15) ? null : JsonSerializer.Deserialize<List<string>>(reader.GetString(15)),
                    Motivation = reader.IsDBNull(16) ? null : reader.GetString(16),
                });
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        var history = await ReadHistoryAsync(connection, [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => r with { History = history.TryGetValue(r.Id, out var events) ? events : [] })];
    }

    /// <summary>The history of each of <paramref name="ids"/>, in the order the steps were written, in one query.</summary>
    private static async Task<Dictionary<string, List<ApprovalEvent>>> ReadHistoryAsync(NpgsqlConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var history = new Dictionary<string, List<ApprovalEvent>>(StringComparer.Ordinal);
        await using var command = connection.Command(null,
            "SELECT approval_id, at, kind, actor, comment FROM approval_events WHERE approval_id = ANY(@ids) ORDER BY seq", ("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (!history.TryGetValue(id, out var events))
            {
                history[id] = events = [];
            }

            events.Add(new ApprovalEvent(reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return history;
    }

    private static Task InsertEventAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, ApprovalEvent approvalEvent, CancellationToken cancellationToken)
        => connection.ExecuteAsync(transaction, "INSERT INTO approval_events (approval_id, at, kind, actor, comment) VALUES (@id, @at, @kind, @actor, @comment)",
            cancellationToken, ("id", id), ("at", approvalEvent.At.ToUniversalTime()), ("kind", approvalEvent.Kind), ("actor", approvalEvent.Actor), ("comment", approvalEvent.Comment));
}
