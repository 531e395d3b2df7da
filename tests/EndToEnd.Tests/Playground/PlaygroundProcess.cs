using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, run with Node 22) as a mock Teams
/// client of a bot endpoint: channel <c>msteams</c>, no browser opened, no telemetry, its own temporary working directory,
/// config file (<see cref="PlaygroundTenant"/>) and log file. It has no host option and listens on every interface, so the
/// loopback preload pins its listeners to 127.0.0.1. Ready once <c>GET /_internal/v1/config</c> answers 200 (it answers
/// after it has reached the bot endpoint). The process tree is killed on dispose.
/// </summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly string workDirectory;
    private ChildProcess? process;

    private PlaygroundProcess(string workDirectory, Uri baseAddress, ChildProcess process, PlaygroundConfig config)
    {
        this.workDirectory = workDirectory;
        BaseAddress = baseAddress;
        this.process = process;
        Config = config;
    }

    /// <summary>http://127.0.0.1:PORT/ — the UI, the test APIs and (under <c>_connector</c>) the bot's serviceUrl.</summary>
    public Uri BaseAddress { get; }

    public PlaygroundConfig Config { get; }

    /// <param name="port">The port to listen on, when the bot had to be told the Playground's connector URL up front; null picks a free one.</param>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, PlaygroundTenant tenant, CancellationToken cancellationToken, int? port = null)
    {
        var workDirectory = Directory.CreateTempSubdirectory("srebot-playground-").FullName;
        var configFile = Path.Combine(workDirectory, ".m365agentsplayground.yml");
        await File.WriteAllTextAsync(configFile, tenant.ToYaml(), cancellationToken);

        // The port is free when chosen but not reserved; when taken meanwhile, the Playground moves to a random port
        // (it says "already in use"): then try another one, unless the port was given.
        for (var attempt = 1; ; attempt++)
        {
            var listenOn = port ?? LoopbackPort.Next();
            var baseAddress = new Uri($"http://127.0.0.1:{listenOn}/");
            var child = ChildProcess.Start(
                ToolPaths.Node22,
                Arguments(botEndpoint, listenOn),
                Environment(workDirectory, configFile),
                workDirectory);
            try
            {
                await ReadinessProbe.WaitAsync(
                    child,
                    new Uri(baseAddress, "_internal/v1/config"),
                    status => status == HttpStatusCode.OK,
                    StartDeadline,
                    giveUp: () => child.CombinedOutput.Contains("already in use", StringComparison.OrdinalIgnoreCase) ? "its port was taken" : null,
                    cancellationToken);
                var config = await ReadConfigAsync(baseAddress, cancellationToken);
                return new PlaygroundProcess(workDirectory, baseAddress, child, config);
            }
            catch (InvalidOperationException) when (port is null && attempt < 3 && child.CombinedOutput.Contains("already in use", StringComparison.OrdinalIgnoreCase))
            {
                await child.DisposeAsync();
            }
            catch
            {
                await child.DisposeAsync();
                DeleteQuietly(workDirectory);
                throw;
            }
        }
    }

    /// <summary>The command line and output of the Playground, for assertion messages.</summary>
    public string Describe() => process?.Describe(8_000) ?? "(the Playground is not running)";

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }

        DeleteQuietly(workDirectory);
    }

    /// <summary>The serviceUrl the Playground on <paramref name="port"/> puts on its activities (SreBot's local mode must list it).</summary>
    public static string ConnectorUrl(int port) => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/_connector";

    private static List<string> Arguments(Uri botEndpoint, int port)
    {
        var portText = port.ToString(CultureInfo.InvariantCulture);
        return
        [
            "--require", ToolPaths.LoopbackOnlyPreload,
            ToolPaths.AgentsPlaygroundCli,
            "--app-endpoint", botEndpoint.ToString(),
            "--channel-id", "msteams",
            "--port", portText,
            // The default names "localhost"; SreBot's local mode accepts both, 127.0.0.1 avoids a first try on ::1.
            "--service-url", ConnectorUrl(port),
            "--disable-telemetry",
        ];
    }

    private static Dictionary<string, string?> Environment(string workDirectory, string configFile) => new()
    {
        ["TEAMSAPPTESTER_BROWSER"] = "none",
        ["TEAMSAPPTESTER_PORT"] = null,
        ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configFile,
        ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDirectory, "playground.log"),
        // Its HTTP client honours proxy variables; the bot is on loopback.
        ["HTTP_PROXY"] = null,
        ["HTTPS_PROXY"] = null,
        ["ALL_PROXY"] = null,
        ["http_proxy"] = null,
        ["https_proxy"] = null,
        ["all_proxy"] = null,
    };

    private static async Task<PlaygroundConfig> ReadConfigAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.GetFromJsonAsync<JsonNode>("_internal/v1/config", cancellationToken)
            ?? throw new InvalidOperationException("The Playground answered its config request with an empty body.");
        return PlaygroundConfig.Parse(response);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
