using System.Diagnostics;

namespace SreBot.Bench;

/// <summary>
/// The subject: the real Bot (built in Release) as a child process with a fresh temporary data directory
/// and a reader token minted by its own <c>token</c> command. Disposing stops it and deletes the directory.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const string BenchUser = "bench-reader";

    private readonly string? _ownedDataDirectory;

    private BotProcess(ServerProcess server, string token, string dataDirectory, bool ownsDataDirectory)
    {
        Server = server;
        Token = token;
        DataDirectory = dataDirectory;
        _ownedDataDirectory = ownsDataDirectory ? dataDirectory : null;
    }

    /// <summary>Its data directory: another replica given it shares its keys (the local issuer's, so one token works on both).</summary>
    public string DataDirectory { get; }

    public ServerProcess Server { get; }

    public string Token { get; }

    /// <summary>Fails before any load is run when the Bot has not been built.</summary>
    public static void EnsureBuilt(string botDll)
    {
        if (!File.Exists(botDll))
        {
            throw new SetupException($"The Bot is not built at {botDll}. Build it with: dotnet build -c Release src/Bot (or pass --bot).");
        }
    }

    /// <param name="estate">More environment for the Bot, e.g. the fake Azure's <c>Estate__*</c>, trust and identity settings.</param>
    /// <param name="sharedDataDirectory">Another replica's data directory to share (a mounted volume, as docs/scale-out.md says; kept); null for a new one.</param>
    public static async Task<BotProcess> StartAsync(
        string botDll, IReadOnlyDictionary<string, string> estate, CancellationToken cancellationToken, string? sharedDataDirectory = null)
    {
        EnsureBuilt(botDll);
        var dataDirectory = sharedDataDirectory ?? Directory.CreateTempSubdirectory("srebot-bench-").FullName;
        try
        {
            // The per-user rate limiter stays on the path, but with limits the load cannot reach: the bench measures cost, not throttling.
            var environment = new Dictionary<string, string>
            {
                ["SreBot__DataDirectory"] = dataDirectory,
                ["RateLimits__PermitsPerSecond"] = "1000000",
                ["RateLimits__Burst"] = "1000000",
            };
            foreach (var (name, value) in estate)
            {
                environment[name] = value;
            }

            var token = await MintTokenAsync(botDll, environment, cancellationToken);
            var server = await ServerProcess.StartAsync(
                "subject", botDll, port => ["--urls", $"http://127.0.0.1:{port}"], environment, cancellationToken);
            return new BotProcess(server, token, dataDirectory, ownsDataDirectory: sharedDataDirectory is null);
        }
        catch
        {
            if (sharedDataDirectory is null)
            {
                DeleteDirectory(dataDirectory);
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_ownedDataDirectory is not null)
        {
            DeleteDirectory(_ownedDataDirectory);
        }
    }

    private static async Task<string> MintTokenAsync(string botDll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        using var process = Process.Start(DotnetCommand.StartInfo(botDll, ["token", "--user", BenchUser, "--role", "reader"], environment))
            ?? throw new SetupException($"could not start dotnet {botDll} token");
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var token = (await output).Trim();
            if (process.ExitCode != 0 || token.Length == 0)
            {
                throw new SetupException($"token command failed with exit code {process.ExitCode}: {(await error).Trim()}");
            }

            return token;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static void DeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not delete {path}: {exception.Message}");
        }
    }
}
