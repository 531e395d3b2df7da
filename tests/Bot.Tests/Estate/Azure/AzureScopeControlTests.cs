using System.Net;
using System.Net.Http.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// The control for <see cref="AzureScopeEscapeTests"/>: once an admin associates the other group, the same call reaches the
/// fake and its request log shows it, so an empty log there means the call path stopped the request, not that the log is blind.
/// </summary>
public sealed class AzureScopeControlTests(AzureEstateApp estate) : IClassFixture<AzureEstateApp>
{
    [Fact]
    public async Task AfterTheOtherGroupIsAssociated_ItsResourceIsReadFromAzure_AndTheRequestLogShowsIt()
    {
        var added = await estate.App.ClientFor("ada", "admin").PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = ShopEstate.Other }, TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = await client.CallAsync("resource_get", new { resourceId = estate.OtherApp });

        Assert.True(result.IsError != true, result.Text());
        Assert.Contains(estate.RequestsUnderOtherGroup(), r => r.Path.EndsWith("/sites/app-ledger-api", StringComparison.OrdinalIgnoreCase));
    }
}
