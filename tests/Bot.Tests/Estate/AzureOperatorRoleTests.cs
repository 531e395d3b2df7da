using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Estate.Azure.Permissions;

namespace SreBot.Bot.Tests.Estate;

/// <summary>The custom role the docs tell people to create is the one table the permission check evaluates, no more and no less.</summary>
public sealed class AzureOperatorRoleTests
{
    [Fact]
    public void TheCustomRoleFile_GrantsExactlyTheWriteToolActions()
    {
        using var role = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs", "azure-srebot-operator-role.json")));

        var actions = role.RootElement.GetProperty("Actions").EnumerateArray().Select(a => a.GetString()!).ToList();

        Assert.Equal(AzureWriteActions.DistinctActions, actions);
        Assert.Empty(role.RootElement.GetProperty("NotActions").EnumerateArray());
        Assert.True(PermissionEvaluator.Evaluate([new ArmPermission(actions, [])]).Allowed);
    }

    [Fact]
    public void TheAzureDoc_ListsEveryActionAndShowsTheSameRole()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "azure.md"));
        var file = File.ReadAllText(RepositoryFiles.PathOf("docs", "azure-srebot-operator-role.json")).Trim();

        Assert.All(AzureWriteActions.All, row => Assert.Contains($"| `{row.Tool}` | `{row.ResourceType}` | {string.Join(", ", row.Actions.Select(a => $"`{a}`"))} | {row.BuiltInRole} |", doc, StringComparison.Ordinal));
        Assert.Contains(file, doc.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
