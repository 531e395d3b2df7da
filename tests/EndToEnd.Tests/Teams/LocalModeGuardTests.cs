using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Teams;

/// <summary>SECURITY.md: local mode (no Bot:AppId) bound to a non-loopback address → the host refuses to start.</summary>
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
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("listens only on loopback", result.CombinedOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
