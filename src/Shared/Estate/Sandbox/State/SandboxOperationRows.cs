using System.Data.Common;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>The one reader of <c>sandbox_operations</c> rows, for both backends (the columns are the same on each).</summary>
internal static class SandboxOperationRows
{
    public const string Columns = "id, kind, resource_id, scale_unit_id, instance_count, previous_instance_count, occurred_at_ms, caller";

    /// <summary>The operations <paramref name="command"/> (selecting <see cref="Columns"/>) returns, in its order.</summary>
    public static async Task<List<SandboxOperation>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var operations = new List<SandboxOperation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            operations.Add(new SandboxOperation(
                reader.GetInt64(0),
                Enum.Parse<SandboxOperationKind>(reader.GetString(1)),
                ResourceId.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : ResourceId.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                reader.GetString(7)));
        }

        return operations;
    }
}
