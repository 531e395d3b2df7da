using SreBot.Shared.Storage;

namespace SreBot.Shared.Identity;

internal sealed class LocalRoleSchema : ISqliteSchema
{
    public string Name => "local-roles";

    public string CreateScript => """
        CREATE TABLE IF NOT EXISTS local_roles (
            user_id TEXT NOT NULL,
            role TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (user_id, role)
        );
        """;
}
