using System.Data.Common;

namespace SreBot.Shared.Identity;

/// <summary>Reads <c>(user_id, role)</c> rows, in any backend's reader, into each user's set of roles.</summary>
internal static class LocalRoleRows
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var result = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!result.TryGetValue(reader.GetString(0), out var roles))
            {
                result[reader.GetString(0)] = roles = new HashSet<string>(StringComparer.Ordinal);
            }

            roles.Add(reader.GetString(1));
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }
}
