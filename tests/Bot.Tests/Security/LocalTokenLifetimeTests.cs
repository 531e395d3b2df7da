using Microsoft.IdentityModel.JsonWebTokens;
using SreBot.Bot.Auth;

namespace SreBot.Bot.Tests.Security;

/// <summary>
/// Roles travel inside a local token and the local role table cannot take them back before it expires, so tokens
/// minted without <c>--lifetime</c> are short-lived (README, "Roles").
/// </summary>
public sealed class LocalTokenLifetimeTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("srebot-token-").FullName;

    [Fact]
    public void TokenCommand_WithoutALifetime_MintsATokenThatExpiresWithinAnHour()
    {
        var output = new StringWriter();

        var exitCode = TokenCommand.Run(["token", "--user", "ada", "--role", "admin", $"--SreBot:DataDirectory={_dataDirectory}"], output, new StringWriter());

        Assert.Equal(0, exitCode);
        var token = new JsonWebToken(output.ToString().Trim());
        Assert.Equal(TimeSpan.FromMinutes(60), token.ValidTo - token.IssuedAt);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
