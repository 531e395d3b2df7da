using SreBot.Bot.Auth.EntraRoles;

namespace SreBot.Bot.Tests.Auth;

public sealed class EntraRoleOptionsValidationTests
{
    [Theory]
    [InlineData("http://graph.microsoft.com/v1.0")]
    [InlineData("graph.microsoft.com/v1.0")]
    [InlineData("https://user:pass@graph.microsoft.com/v1.0")]
    [InlineData("https://graph.microsoft.com/v1.0?x=1")]
    public void Endpoint_MustBeHttps_WithoutUserInfoOrQuery(string endpoint)
    {
        var result = new EntraRoleOptionsValidator().Validate(null, new EntraRoleOptions { Endpoint = endpoint, ServicePrincipalId = Guid.NewGuid().ToString() });

        Assert.True(result.Failed);
        Assert.Contains("Auth:Graph:Endpoint", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupRoles_MustMapGroupIds_ToKnownRoles()
    {
        var options = new EntraRoleOptions { GroupRoles = { ["not-a-guid"] = "reader", [Guid.NewGuid().ToString()] = "superuser" } };

        var result = new EntraRoleOptionsValidator().Validate(null, options);

        Assert.Contains("key 'not-a-guid'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("value 'superuser' is not a role", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid_AndNotConfigured()
    {
        var options = new EntraRoleOptions();

        Assert.True(new EntraRoleOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.IsConfigured);
        Assert.Equal("https://graph.microsoft.com/v1.0", options.Endpoint);
    }
}
