using System.Text;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's mock Teams tenant, written as its config file (<c>.m365agentsplayground.yml</c>, schema 0.1.1).
/// The current user is the one the browser UI acts as and the only member of the personal chat; the group chat holds
/// the current user and the five others, and any of them can send messages and card actions through the HTTP API.
/// </summary>
public sealed class PlaygroundTenant
{
    public const string BotId = "00000000-0000-4000-8000-00000000b075";
    public const string BotName = "SreBot";

    private const int OtherUserCount = 5;

    public PlaygroundTenant(PlaygroundUser currentUser, IReadOnlyList<PlaygroundUser> otherUsers)
    {
        if (otherUsers.Count != OtherUserCount)
        {
            throw new ArgumentException($"The Playground's config file needs exactly {OtherUserCount} users besides the current one.", nameof(otherUsers));
        }

        CurrentUser = currentUser;
        OtherUsers = otherUsers;
    }

    /// <summary>The operator is the current user (the browser's user); the approver and the bystanders are in the group chat.</summary>
    public static PlaygroundTenant OperatorAtTheKeyboard { get; } =
        new(PlaygroundPeople.Operator, [PlaygroundPeople.Approver, .. PlaygroundPeople.Bystanders]);

    /// <summary>The approver is the current user (the browser's user); the operator and the bystanders are in the group chat.</summary>
    public static PlaygroundTenant ApproverAtTheKeyboard { get; } =
        new(PlaygroundPeople.Approver, [PlaygroundPeople.Operator, .. PlaygroundPeople.Bystanders]);

    public PlaygroundUser CurrentUser { get; }

    public IReadOnlyList<PlaygroundUser> OtherUsers { get; }

    /// <summary>The config file's YAML; every value is quoted (the ids and names here need no escaping).</summary>
    public string ToYaml()
    {
        var yaml = new StringBuilder()
            .AppendLine("version: \"0.1.1\"")
            .AppendLine("tenantId: \"0a1b2c3d-0000-4000-8000-000000000100\"")
            .AppendLine("bot:")
            .AppendLine($"  id: \"{BotId}\"")
            .AppendLine($"  name: \"{BotName}\"")
            .AppendLine("currentUser:");
        AppendUser(yaml, CurrentUser, "  ");
        yaml.AppendLine("users:");
        foreach (var user in OtherUsers)
        {
            AppendUser(yaml, user, "  - ", "    ");
        }

        return yaml
            .AppendLine("personalChat:")
            .AppendLine($"  id: \"{Guid.NewGuid()}\"")
            .AppendLine("groupChat:")
            .AppendLine($"  id: \"{Guid.NewGuid()}\"")
            .AppendLine("  name: \"SRE on call\"")
            .AppendLine("team:")
            .AppendLine("  id: \"team-sre\"")
            .AppendLine("  name: \"SRE\"")
            .AppendLine("  aadGroupId: \"0a1b2c3d-0000-4000-8000-000000007ea0\"")
            .AppendLine("  channels:")
            .AppendLine("    - id: \"channel-incidents\"")
            .AppendLine("      name: \"Incidents\"")
            .ToString();
    }

    private static void AppendUser(StringBuilder yaml, PlaygroundUser user, string firstIndent, string? indent = null)
    {
        indent ??= firstIndent;
        var (given, surname) = user.Name.Split(' ', 2) is [var g, var s] ? (g, s) : (user.Name, user.Name);
        var mail = $"{user.Id}@example.com";
        yaml.AppendLine($"{firstIndent}id: \"{user.Id}\"")
            .AppendLine($"{indent}name: \"{user.Name}\"")
            .AppendLine($"{indent}userPrincipleName: \"{mail}\"")
            .AppendLine($"{indent}aadObjectId: \"{user.AadObjectId}\"")
            .AppendLine($"{indent}givenName: \"{given}\"")
            .AppendLine($"{indent}surname: \"{surname}\"")
            .AppendLine($"{indent}email: \"{mail}\"");
    }
}
