using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.Bot.Tests.Deployment;

/// <summary>The security posture of infra/main.bicep, read from the ARM JSON the real Bicep compiler produces.</summary>
public sealed partial class CompiledTemplateTests(MainTemplateFixture main) : IClassFixture<MainTemplateFixture>
{
    private const string Reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    private const string LogAnalyticsReader = "73c42c96-874c-492b-b04d-ab87d138a893";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-462e-b4ef-42bebfd5298b";

    private CompiledTemplate Template => main.Template;

    [Fact]
    public void TheUserAssignedIdentity_IsTheOnlyIdentity_AndTheWebAppCarriesIt()
    {
        Template.OnlyOne("Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.DoesNotContain("SystemAssigned", Template.Text, StringComparison.OrdinalIgnoreCase);

        var site = Template.OnlyOne("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site.Node["identity"]!["type"]);
        var attached = Assert.Single(site.Node["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Contains("parameters('identityId')", attached.Key, StringComparison.Ordinal);
        Assert.Equal("[parameters('identityId')]", (string?)site.Properties!["keyVaultReferenceIdentity"]);
        Assert.Equal("[reference('identity').outputs.id.value]", ModuleParameter("srebot-app", "identityId"));
    }

    [Fact]
    public void TheWebApp_IsHttpsOnlyLinuxDotNet10_WithTls12_NoFtp_AndTheHealthCheck()
    {
        var site = Template.OnlyOne("Microsoft.Web/sites");
        var config = site.Properties!["siteConfig"]!;
        Assert.True((bool?)site.Properties["httpsOnly"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        var credentials = Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, credentials.Count);
        Assert.All(credentials, policy => Assert.False((bool?)policy.Properties!["allow"]));
    }

    [Fact]
    public void TheAzureBot_AuthenticatesAsTheIdentity_WithTheTeamsChannel_AndTheMessagesEndpoint()
    {
        var bot = Template.OnlyOne("Microsoft.BotService/botServices").Properties!;
        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        Assert.Equal("[parameters('identityId')]", (string?)bot["msaAppMSIResourceId"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)bot["msaAppId"]);
        Assert.Equal("[parameters('tenantId')]", (string?)bot["msaAppTenantId"]);
        Assert.Equal("[format('https://{0}/api/messages', parameters('hostName'))]", (string?)bot["endpoint"]);
        Assert.Equal("[reference('identity').outputs.id.value]", ModuleParameter("srebot-bot", "identityId"));

        var channel = Template.OnlyOne("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel.Properties!["channelName"]);
        Assert.True((bool?)channel.Properties["properties"]!["isEnabled"]);
    }

    [Fact]
    public void TheStorageAccount_RefusesSharedKeysAndPublicBlobs_AndTheIdentityIsBlobDataContributorOnIt()
    {
        var account = Template.OnlyOne("Microsoft.Storage/storageAccounts").Properties!;
        Assert.False((bool?)account["allowSharedKeyAccess"]);
        Assert.False((bool?)account["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);

        var assignment = Assert.Single(RoleAssignments(), a => a.Role == StorageBlobDataContributor);
        Assert.Equal("srebot-storage", assignment.Resource.ModuleName);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment.Resource.Node["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_AcceptsEntraOnly_WithTheIdentityAsItsAdministrator()
    {
        var server = Template.OnlyOne("Microsoft.DBforPostgreSQL/flexibleServers").Properties!;
        Assert.Equal("Disabled", (string?)server["authConfig"]!["passwordAuth"]);
        Assert.Equal("Enabled", (string?)server["authConfig"]!["activeDirectoryAuth"]);
        Assert.Null(server["administratorLogin"]);
        Assert.Null(server["administratorLoginPassword"]);

        var administrator = Template.OnlyOne("Microsoft.DBforPostgreSQL/flexibleServers/administrators");
        Assert.Equal("ServicePrincipal", (string?)administrator.Properties!["principalType"]);
        Assert.Equal("[reference('identity').outputs.principalId.value]", ModuleParameter("srebot-postgresql", "administratorPrincipalId"));
    }

    [Fact]
    public void ReaderAndLogAnalyticsReader_AreAssignedAtEachAssociatedGroupsScope_AndNowhereElse()
    {
        var groupRoles = Template.Module("[take(format('srebot-roles-{0}-{1}', variables('suffix'), copyIndex()), 64)]");
        Assert.Equal("[length(parameters('associatedResourceGroups'))]", (string?)groupRoles.Node["copy"]!["count"]);
        Assert.Equal("[parameters('associatedResourceGroups')[copyIndex()]]", (string?)groupRoles.Node["resourceGroup"]);

        foreach (var role in new[] { Reader, LogAnalyticsReader })
        {
            var assignment = Assert.Single(RoleAssignments(), a => a.Role == role);
            Assert.Same(groupRoles.Node, assignment.Resource.Module!.Node);
            Assert.Null(assignment.Resource.Node["scope"]); // the module's scope: the associated group itself
        }
    }

    [Fact]
    public void TheOperatorRole_HasExactlyTheDocumentedActions_AndIsAssignedOnlyWhenPrivilegedModeSaysSo()
    {
        var documented = JsonNode.Parse(File.ReadAllText(Path.Combine(ToolPaths.RepositoryRoot, "docs", "azure-srebot-operator-role.json")))!;
        var operatorModule = Template.Module("srebot-operator-role");
        Assert.Equal("[parameters('privilegedMode')]", (string?)operatorModule.Node["condition"]);
        var definition = Template.OnlyOne("Microsoft.Authorization/roleDefinitions");
        var actions = ResolveVariables(definition, definition.Properties!["permissions"]![0]!["actions"]!);
        Assert.Equal(documented["Actions"]!.AsArray().Select(a => (string?)a), actions.AsArray().Select(a => (string?)a));
        Assert.Empty(ResolveVariables(definition, definition.Properties!["permissions"]![0]!["dataActions"]!).AsArray());
        Assert.Contains("associatedResourceGroups", ModuleParameter("srebot-operator-role", "assignableScopes"), StringComparison.Ordinal);

        var assignment = Assert.Single(Template.OfType("Microsoft.Authorization/roleAssignments"), a => ((string?)a.Properties!["roleDefinitionId"])!.Contains("operatorRoleDefinitionId", StringComparison.Ordinal));
        Assert.Equal("[parameters('assignOperator')]", (string?)assignment.Node["condition"]);
        Assert.Equal("[parameters('privilegedMode')]", (string?)assignment.Module!.Node["properties"]!["parameters"]!["assignOperator"]!["value"]);
    }

    [Fact]
    public void NoRoleAssignment_IsOwnerOrContributor_OrOutsideTheKnownOnes()
    {
        Assert.DoesNotContain(Owner, Template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Contributor, Template.Text, StringComparison.OrdinalIgnoreCase);
        var roles = RoleAssignments().Select(a => a.Role).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { Reader, LogAnalyticsReader, StorageBlobDataContributor, MonitoringMetricsPublisher, "operator" }.Order(StringComparer.Ordinal),
            roles);
        Assert.DoesNotContain(Template.Resources, r => r.Module is null && r.Type.StartsWith("Microsoft.Authorization/roleAssignments", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void NoSecret_IsListedTakenOrGiven()
    {
        Assert.DoesNotMatch(ListFunction(), Template.Text);
        Assert.DoesNotContain("AccountKey", Template.Text, StringComparison.OrdinalIgnoreCase);
        foreach (var (name, declaration) in Template.ParameterDeclarations)
        {
            Assert.False(((string?)declaration["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true, $"parameter {name} is secure");
            Assert.DoesNotMatch(SecretName(), name);
        }

        foreach (var (name, declaration) in Template.OutputDeclarations)
        {
            Assert.False(((string?)declaration["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true, $"output {name} is secure");
            Assert.DoesNotMatch(SecretName(), name);
        }
    }

    [Fact]
    public void TheAppSettings_AreTheOnesTheHostReads_EachDocumented()
    {
        var names = AppSettingNames();
        var readme = HostSettings.DocumentedInReadme();
        var deployDoc = File.ReadAllText(Path.Combine(ToolPaths.RepositoryRoot, "docs", "deploy.md"));

        foreach (var name in names)
        {
            if (HostSettings.PlatformSettings.Contains(name))
            {
                Assert.Contains($"`{name}`", deployDoc, StringComparison.Ordinal);
                continue;
            }

            var key = IndexSuffix().Replace(name, "").Replace("__", ":", StringComparison.Ordinal);
            Assert.True(readme.Contains(key), $"app setting {name} ({key}) has no row in the README's configuration table.");
            Assert.True(key is "Urls" or "AllowedHosts" || HostSettings.IsBoundToOptions(key), $"app setting {name} ({key}) is bound to no options class.");
        }

        string[] required =
        [
            "Estate__Provider", "Agent__Subscription", "Agent__ResourceGroups__{0}", "Bot__AppId", "Bot__TenantId",
            "Auth__Entra__TenantId", "Auth__Entra__Audiences__{0}", "Auth__Local__Enabled", "Storage__Blobs__Kind",
            "Storage__Blobs__ServiceUri", "AZURE_CLIENT_ID",
        ];
        Assert.All(required, name => Assert.Contains(name, names));
        var settings = AppSettingsText();
        Assert.Contains("createObject('name', 'Auth__Local__Enabled', 'value', 'false')", settings, StringComparison.Ordinal);
        Assert.Contains("createObject('name', 'Estate__Provider', 'value', 'Azure')", settings, StringComparison.Ordinal);
        Assert.Contains("createObject('name', 'Storage__Blobs__Kind', 'value', 'AzureBlob')", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void InstanceCount_ComesFromTheHostingChoice_WhoseSqliteVariantAllowsExactlyOne()
    {
        var definitions = Template.Root["definitions"]!;
        Assert.Equal("store", (string?)definitions["hostingChoice"]!["discriminator"]!["propertyName"]);
        Assert.Equal([1], definitions["sqliteHosting"]!["properties"]!["instanceCount"]!["allowedValues"]!.AsArray().Select(v => (int)v!));
        Assert.Equal("[parameters('hosting').instanceCount]", ModuleParameter("srebot-app", "instanceCount"));
        Assert.Equal("[parameters('instanceCount')]", (string?)Template.OnlyOne("Microsoft.Web/serverfarms").Node["sku"]!["capacity"]);
    }

    private string ModuleParameter(string module, string parameter) =>
        Text(Template.Module(module).Node["properties"]!["parameters"]![parameter]!["value"]!);

    private static string Text(JsonNode node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();

    private string AppSettingsText()
    {
        var app = Template.Module("srebot-app").Node["properties"]!["template"]!;
        return (string)app["resources"]!.AsObject().Single(r => (string?)r.Value!["type"] == "Microsoft.Web/sites").Value!["properties"]!["siteConfig"]!["appSettings"]!
            + (string?)app["variables"]!["llmSettings"];
    }

    private List<string> AppSettingNames() =>
        SettingName().Matches(AppSettingsText()).Select(m => m.Groups["literal"].Success ? m.Groups["literal"].Value : m.Groups["format"].Value).ToList();

    /// <summary>Role assignments with their role: a built-in role's GUID, or "operator" for the custom role.</summary>
    private IEnumerable<(TemplateResource Resource, string Role)> RoleAssignments() =>
        Template.OfType("Microsoft.Authorization/roleAssignments").Select(a =>
        {
            var id = (string)a.Properties!["roleDefinitionId"]!;
            if (id.Contains("operatorRoleDefinitionId", StringComparison.Ordinal))
            {
                return (a, "operator");
            }

            var variable = VariableName().Match(id);
            var value = variable.Success ? (string?)Variable(a, variable.Groups["name"].Value) ?? id : id;
            var guid = Guid().Match(value);
            return (a, guid.Success ? guid.Value : id);
        });

    /// <summary>A variable of the template that holds the resource, followed through [variables('other')] references.</summary>
    private JsonNode Variable(TemplateResource resource, string name)
    {
        var variables = (resource.Module?.Node["properties"]!["template"] ?? Template.Root)["variables"]!;
        var node = variables[name]!;
        while (node is JsonValue && VariableReference().Match(Text(node)) is { Success: true, Groups: var groups } && groups["path"].Value.Length == 0)
        {
            node = variables[groups["name"].Value]!;
        }

        return node;
    }

    /// <summary>A value written as [variables('x').Member] resolved in the template that holds the resource.</summary>
    private JsonNode ResolveVariables(TemplateResource resource, JsonNode value)
    {
        var match = VariableReference().Match(Text(value));
        if (!match.Success)
        {
            return value;
        }

        var node = Variable(resource, match.Groups["name"].Value);
        foreach (var member in match.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[member]!;
        }

        return node;
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();

    [GeneratedRegex("password|secret|key|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"createObject\('name', (?:'(?<literal>[^']+)'|format\('(?<format>[^']+)')")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"__\{0\}$")]
    private static partial Regex IndexSuffix();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)(?<path>(\.[A-Za-z]+)*)\]$")]
    private static partial Regex VariableReference();
}
