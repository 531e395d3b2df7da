using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Teams;

/// <summary>
/// SECURITY.md: local mode (no Bot:AppId) bound to a non-loopback address → the host refuses to start; and any refused start
/// exits non-zero with the reason: the guard and a taken port with status 1 and no crash; an invalid setting (a start-up
/// validation failure, which the host reports itself) non-zero.
/// </summary>
public sealed class LocalModeGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:{0}")]
    [InlineData("http://*:{0}")]
    public async Task LocalMode_OnANonLoopbackAddress_RefusesToStart(string urlPattern)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-guard-").FullName;
        try
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, urlPattern, LoopbackPort.Next());
            var result = await ProcessRunner.RunAsync(
                ToolPaths.DotnetHost,
                [ToolPaths.BotDll, "--urls", url],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string?> { ["SreBot__DataDirectory"] = dataDirectory, ["ASPNETCORE_URLS"] = null },
                Path.GetDirectoryName(ToolPaths.BotDll),
                CancellationToken.None);

            Assert.False(result.TimedOut, $"the host kept running on {url}:\n{result.Description}");
            Assert.Equal(1, result.ExitCode);
            Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
            Assert.Contains("listens only on loopback", result.CombinedOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task LocalMode_BoundToANonLoopbackAddressAfterStart_ExitsNonZero()
    {
        // The URL comes from the Kestrel endpoint section, not --urls: only the check of the bound addresses sees it.
        var result = await RunBotAsync([], new Dictionary<string, string?> { ["Kestrel__Endpoints__Http__Url"] = $"http://0.0.0.0:{LoopbackPort.Next()}" });

        Assert.False(result.TimedOut, $"the host kept running:\n{result.Description}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("listens only on loopback", result.CombinedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortAlreadyTaken_ExitsNonZero()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = await RunBotAsync(["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string?>());

        Assert.False(result.TimedOut, $"the host kept running:\n{result.Description}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("address already in use", result.CombinedOutput, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidSetting_ExitsWithStatusOne_SayingWhich_WithoutACrash()
    {
        var result = await RunBotAsync(["--urls", $"http://127.0.0.1:{LoopbackPort.Next()}", "--Approvals:Expiry=00:00:00"], new Dictionary<string, string?>());

        Assert.False(result.TimedOut, $"the host kept running:\n{result.Description}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SreBot will not start: a setting is not valid", result.CombinedOutput, StringComparison.Ordinal);
        Assert.Contains("Expiry", result.CombinedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> RunBotAsync(string[] arguments, Dictionary<string, string?> environment)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-guard-").FullName;
        try
        {
            environment["SreBot__DataDirectory"] = dataDirectory;
            environment["ASPNETCORE_URLS"] = null;
            return await ProcessRunner.RunAsync(
                ToolPaths.DotnetHost,
                [ToolPaths.BotDll, .. arguments],
                TimeSpan.FromSeconds(60),
                environment,
                Path.GetDirectoryName(ToolPaths.BotDll),
                CancellationToken.None);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
