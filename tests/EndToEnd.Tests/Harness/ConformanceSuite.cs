using System.Text.Json;
using System.Text.RegularExpressions;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// Runs the MCP conformance suite (@modelcontextprotocol/conformance, under Node 22) against a server URL
/// and reads the checks.json it writes for each scenario.
/// </summary>
public static partial class ConformanceSuite
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <param name="scenario">One scenario, or null for the whole active suite.</param>
    /// <param name="expectedFailures">A baseline file of scenarios that are allowed to fail, or null.</param>
    public static async Task<ConformanceRun> RunAsync(
        Uri mcpEndpoint, string? scenario, string? expectedFailures, CancellationToken cancellationToken)
    {
        var outputDirectory = Directory.CreateTempSubdirectory("srebot-conformance-");
        try
        {
            List<string> arguments = [ToolPaths.ConformanceCli, "server", "--url", mcpEndpoint.ToString(), "-o", outputDirectory.FullName];
            if (scenario is not null)
            {
                arguments.AddRange(["--scenario", scenario]);
            }

            if (expectedFailures is not null)
            {
                arguments.AddRange(["--expected-failures", expectedFailures]);
            }

            var process = await ProcessRunner.RunAsync(ToolPaths.Node22, arguments, Timeout, cancellationToken: cancellationToken);
            return new ConformanceRun(process, ReadResults(outputDirectory));
        }
        finally
        {
            outputDirectory.Delete(recursive: true);
        }
    }

    private static Dictionary<string, ConformanceScenarioResult> ReadResults(DirectoryInfo outputDirectory)
    {
        var results = new Dictionary<string, ConformanceScenarioResult>(StringComparer.Ordinal);
        foreach (var directory in outputDirectory.EnumerateDirectories())
        {
            var match = ResultDirectoryName().Match(directory.Name);
            var checksFile = Path.Combine(directory.FullName, "checks.json");
            if (!match.Success || !File.Exists(checksFile))
            {
                continue;
            }

            var name = match.Groups["scenario"].Value;
            var checks = JsonSerializer.Deserialize<List<ConformanceCheck>>(File.ReadAllText(checksFile)) ?? [];
            results[name] = new ConformanceScenarioResult(name, checks);
        }

        return results;
    }

    // server-<scenario>-<ISO timestamp with ':' and '.' turned into '-'>, e.g. server-ping-2026-11-24T14-32-02-463Z
    [GeneratedRegex(@"^server-(?<scenario>.+)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$")]
    private static partial Regex ResultDirectoryName();
}
