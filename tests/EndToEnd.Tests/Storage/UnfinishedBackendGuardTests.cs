using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Storage;

/// <summary>A storage backend that is not finished yet (PostgreSQL, for now): the process refuses to start with status 1 and the reason, never a crash.</summary>
public sealed class UnfinishedBackendGuardTests
{
    [Fact]
    public async Task PostgreSql_ExitsWithStatusOne_NamingWhatIsNotBuilt()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-backend-").FullName;
        try
        {
            var result = await ProcessRunner.RunAsync(
                ToolPaths.DotnetHost,
                [ToolPaths.BotDll, "--urls", $"http://127.0.0.1:{LoopbackPort.Next()}", "--Storage:Database:Kind=PostgreSQL", "--Storage:Database:ConnectionString=Host=127.0.0.1;Port=1;Database=srebot"],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string?> { ["SreBot__DataDirectory"] = dataDirectory, ["ASPNETCORE_URLS"] = null },
                Path.GetDirectoryName(ToolPaths.BotDll),
                CancellationToken.None);

            Assert.False(result.TimedOut, $"the host kept running:\n{result.Description}");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("not built for PostgreSQL yet", result.CombinedOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
