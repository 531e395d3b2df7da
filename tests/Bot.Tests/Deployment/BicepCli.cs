using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.Bot.Tests.Deployment;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, by tests/tools/bicep/Bicep.csproj, which
/// <c>bash tests/run.sh</c> restores) in the NuGet packages folder: <c>NUGET_PACKAGES</c>, else ~/.nuget/packages.
/// A missing binary is a failure with the command that restores it, never a skipped test.
/// </summary>
public static class BicepCli
{
    public const string Version = "0.49.2";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string InfraDirectory => Path.Combine(ToolPaths.RepositoryRoot, "infra");

    public static string MainTemplate => Path.Combine(InfraDirectory, "main.bicep");

    public static string Executable
    {
        get
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrWhiteSpace(packages))
            {
                packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            var path = Path.Combine(packages, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The Bicep CLI {Version} is missing ({path}); run `bash tests/run.sh` or `dotnet restore tests/tools/bicep/Bicep.csproj`.", path);
            }

            return path;
        }
    }

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(Executable, arguments, Timeout, workingDirectory: InfraDirectory, cancellationToken: cancellationToken);
}
