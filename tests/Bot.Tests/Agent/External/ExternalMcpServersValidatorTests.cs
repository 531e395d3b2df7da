using Microsoft.Extensions.Options;
using SreBot.Bot.Agent.External;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>The <c>McpServers</c> list is checked on start; each mistake gets a message naming the entry and the fix.</summary>
public sealed class ExternalMcpServersValidatorTests
{
    public static TheoryData<string, Action<ExternalMcpServerOptions>, string> Mistakes => new()
    {
        { "name", s => s.Name = "My_Server", "McpServers:0:Name 'My_Server' must be 1 to 32 characters of a-z, 0-9 and '-'" },
        { "url", s => s.Url = "not a url", "McpServers:0 ('tools'):Url must be an absolute http or https URL" },
        { "scheme", s => s.Url = "ftp://example.com/mcp", "Url must be an absolute http or https URL" },
        { "plain http", s => s.Url = "http://mcp.example.com/mcp", "Url must use https (plain http is accepted only for a loopback host" },
        { "credentials in url", s => s.Url = "https://user:pass@mcp.example.com/mcp", "Url must carry no user name, password or query string" },
        { "key in query", s => s.Url = "https://mcp.example.com/mcp?code=abc", "Url must carry no user name, password or query string" },
        { "no scope", s => (s.Auth, s.TokenScope) = (ExternalMcpAuth.AzureIdentity, null), "TokenScope is required with Auth AzureIdentity" },
        { "scope without auth", s => s.TokenScope = "api://x/.default", "TokenScope is set but Auth is None" },
        { "tool name", s => s.AllowedTools.Add("bad.name"), "AllowedTools entry 'bad.name' is not a tool name SreBot can offer" },
        { "deleting tool", s => s.AllowedTools.Add("deleteFile"), "AllowedTools entry 'deleteFile' is refused: 'delete_File' deletes" },
        { "secret tool", s => s.AllowedTools.Add("get-secret"), "AllowedTools entry 'get-secret' is refused" },
        { "write not allowed", s => s.WriteTools.Add("restart"), "WriteTools entry 'restart' is not in AllowedTools" },
        { "timeout", s => s.Timeout = TimeSpan.Zero, "Timeout must be between 00:00:01 and 00:05:00" },
        { "long name", s => s.AllowedTools.Add(new string('a', 60)), "is longer than 64 characters" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsReported_WithItsEntry(string what, Action<ExternalMcpServerOptions> spoil, string expected)
    {
        var server = Valid();
        spoil(server);

        var result = Validate(server);

        Assert.True(result.Failed, what);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidServers_Pass_AndDuplicateNamesDoNot()
    {
        var options = new ExternalMcpServersOptions();
        options.Servers.Add(Valid());
        Assert.True(new ExternalMcpServersValidator().Validate(null, options).Succeeded);

        options.Servers.Add(Valid());
        var result = new ExternalMcpServersValidator().Validate(null, options);
        Assert.Contains("McpServers:1:Name 'tools' is used by more than one server", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHost_RefusesToStart_WithAnInvalidEntry()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["McpServers:0:Name"] = "tools",
            ["McpServers:0:Url"] = "http://mcp.example.com/mcp",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains("McpServers:0 ('tools'):Url must use https", error.Message, StringComparison.Ordinal);
    }

    private static ExternalMcpServerOptions Valid() => new()
    {
        Name = "tools",
        Url = "https://mcp.example.com/mcp",
        AllowedTools = ["search", "restart-app"],
        WriteTools = ["restart-app"],
    };

    private static ValidateOptionsResult Validate(ExternalMcpServerOptions server)
    {
        var options = new ExternalMcpServersOptions();
        options.Servers.Add(server);
        return new ExternalMcpServersValidator().Validate(null, options);
    }
}
