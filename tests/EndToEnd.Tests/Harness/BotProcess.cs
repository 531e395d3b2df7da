using System.Net;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// The real server (src/Bot) as a separate process: <c>dotnet SreBot.Bot.dll --urls http://127.0.0.1:PORT</c>
/// with its own temporary data directory, ready once <c>GET /healthz</c> answers 200.
/// Tokens come from the same dll's <c>token</c> command against the same data directory.
/// </summary>
public sealed class BotProcess : IServerUnderTest
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan TokenTimeout = TimeSpan.FromSeconds(30);

    private readonly string dataDirectory;
    private readonly bool ownsDataDirectory;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private ChildProcess? server;
    private Uri? baseAddress;

    public BotProcess()
        : this(null, null)
    {
    }

    /// <param name="dataDirectory">An existing data directory to share between process lifetimes (not deleted); null for a new one.</param>
    /// <param name="settings">Extra configuration as environment variables, e.g. <c>Approvals__Expiry</c>.</param>
    /// <param name="ownsDataDirectory">Delete <paramref name="dataDirectory"/> on dispose (always when it is null).</param>
    public BotProcess(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings, bool ownsDataDirectory = false)
    {
        this.ownsDataDirectory = dataDirectory is null || ownsDataDirectory;
        this.dataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("srebot-e2e-").FullName;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The server is not started.");

    public Uri McpEndpoint => new(BaseAddress, "mcp");

    /// <summary>SreBot__DataDirectory of this instance (deleted on dispose).</summary>
    public string DataDirectory => dataDirectory;

    public async Task InitializeAsync()
    {
        var dll = ToolPaths.BotDll;

        // The port is free when chosen but not reserved: if something takes it first, try another.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Next();
            baseAddress = new Uri($"http://127.0.0.1:{port}/");
            server = ChildProcess.Start(
                ToolPaths.DotnetHost,
                [dll, "--urls", $"http://127.0.0.1:{port}"],
                Environment(),
                workingDirectory: Path.GetDirectoryName(dll));
            try
            {
                await ReadinessProbe.WaitAsync(
                    server, new Uri(BaseAddress, "healthz"), status => status == HttpStatusCode.OK, StartDeadline, CancellationToken.None);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.CombinedOutput.Contains("already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
        }
    }

    public async Task<string> MintTokenAsync(string user, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        List<string> arguments = [ToolPaths.BotDll, "token", "--user", user];
        foreach (var role in roles)
        {
            arguments.Add("--role");
            arguments.Add(role);
        }

        var result = await ProcessRunner.RunAsync(
            ToolPaths.DotnetHost, arguments, TokenTimeout, Environment(), Path.GetDirectoryName(ToolPaths.BotDll), cancellationToken);
        var token = result.StandardOutput.Trim();
        if (!result.Succeeded || token.Length == 0 || token.Contains('\n', StringComparison.Ordinal) || token.Split('.').Length != 3)
        {
            throw new InvalidOperationException(
                $"`token` did not print exactly one JWT on standard output.\n{result.Description}");
        }

        return token;
    }

    public string Describe() => server?.Describe() ?? "(server not started)";

    /// <summary>Everything the server wrote so far (standard output and error).</summary>
    public string Output => server?.CombinedOutput ?? string.Empty;

    /// <summary>Waits until the server's output satisfies <paramref name="condition"/>; false when it exited first.</summary>
    public Task<bool> WaitForOutputAsync(Func<string, bool> condition, CancellationToken cancellationToken)
        => server?.WaitForOutputAsync(condition, cancellationToken) ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>Kills the server process tree without a graceful shutdown, as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        if (server is not null)
        {
            server.KillTree();
            await server.WaitForExitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (!ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
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

    private Dictionary<string, string?> Environment() => new(settings)
    {
        ["SreBot__DataDirectory"] = dataDirectory,
        // --urls decides where it listens; nothing inherited may add another endpoint.
        ["ASPNETCORE_URLS"] = null,
        ["ASPNETCORE_HTTP_PORTS"] = null,
        ["ASPNETCORE_HTTPS_PORTS"] = null,
        ["DOTNET_URLS"] = null,
    };
}
