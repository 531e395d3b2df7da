using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Storage;

/// <summary>A PostgreSQL server that cannot be reached at start: the process refuses to start with status 1 and the reason, never a crash.</summary>
public sealed class UnreachableDatabaseTests
{
    [Fact]
    public async Task PostgreSql_NobodyListening_ExitsWithStatusOne_SayingTheDatabaseCannotBeReached()
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
            Assert.Contains("SreBot will not start: cannot reach the PostgreSQL database srebot on 127.0.0.1", result.CombinedOutput, StringComparison.Ordinal);
            Assert.Contains("Check Storage:Database:ConnectionString", result.CombinedOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.CombinedOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
