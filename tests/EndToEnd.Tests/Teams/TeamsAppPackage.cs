using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Teams;

/// <summary>
/// Runs manifest/package.sh and manifest/validate-manifest.mjs the way a person does, with the
/// Node 22 and @microsoft/app-manifest installed in tests/tools/node.
/// </summary>
public static class TeamsAppPackage
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static string ManifestDirectory => Path.Combine(ToolPaths.RepositoryRoot, "manifest");

    public static string PackageScript => Path.Combine(ManifestDirectory, "package.sh");

    public static string Validator => Path.Combine(ManifestDirectory, "validate-manifest.mjs");

    /// <summary><c>bash manifest/package.sh botAppId output</c>; the zip path is its standard output.</summary>
    public static Task<ProcessResult> BuildAsync(string botAppId, string output, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            "bash",
            [PackageScript, botAppId, output],
            Timeout,
            new Dictionary<string, string?> { ["NODE"] = RequireNodeTools(), ["TEAMS_APP_ID"] = null, ["APP_VERSION"] = null },
            cancellationToken: cancellationToken);

    /// <summary><c>bash manifest/package.sh --bot-id id --host host --output output</c> (the deployment's outputs).</summary>
    public static Task<ProcessResult> BuildForDeploymentAsync(string botAppId, string host, string output, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            "bash",
            [PackageScript, "--bot-id", botAppId, "--host", host, "--output", output],
            Timeout,
            new Dictionary<string, string?> { ["NODE"] = RequireNodeTools(), ["TEAMS_APP_ID"] = null, ["APP_VERSION"] = null },
            cancellationToken: cancellationToken);

    /// <summary>Node 22 running the validator on one manifest.json; it prints {"valid","errors",...}.</summary>
    public static Task<ProcessResult> ValidateAsync(string manifestPath, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(RequireNodeTools(), [Validator, manifestPath], Timeout, cancellationToken: cancellationToken);

    /// <summary>The Node 22 binary, after checking that the validator's npm packages are installed.</summary>
    private static string RequireNodeTools()
    {
        var node = ToolPaths.Node22;
        foreach (var package in new[] { "@microsoft/app-manifest", "fs-extra" })
        {
            var packageJson = Path.Combine(ToolPaths.NodeModules, package, "package.json");
            if (!File.Exists(packageJson))
            {
                throw new FileNotFoundException(
                    $"The npm package {package} is missing ({packageJson}); run `bash tests/run.sh` (it installs the Node tools).", packageJson);
            }
        }

        return node;
    }
}
