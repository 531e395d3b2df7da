using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SreBot.Testing;

/// <summary>
/// A PostgreSQL cluster of the caller's own, made by tests/tools/postgres/cluster.sh (the one way to get one): for a test
/// that stops and starts the server (an outage must not hit the shared server other tests use) and for the bench. Removed on
/// dispose.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    // tests/tools/postgres/cluster.sh, found above this assembly (the test and bench outputs live under the repository).
    private static readonly Lazy<string> Script = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "tools", "postgres", "cluster.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/tools/postgres/cluster.sh not found above {AppContext.BaseDirectory}");
    });

    private readonly string directory;

    private PostgresCluster(string directory, string connectionString)
    {
        this.directory = directory;
        ConnectionString = connectionString;
    }

    /// <summary>The Npgsql connection string of the cluster's <c>srebot_tests</c> database, as superuser, no password.</summary>
    public string ConnectionString { get; }

    /// <summary>initdb, a free loopback port, pg_ctl start: ready when this returns.</summary>
    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"srebot-pg-own-{Guid.NewGuid():N}");
        var output = await RunAsync("start", directory, cancellationToken);
        var match = ExportLine().Match(output);
        if (!match.Success)
        {
            await RunAsync("stop", directory, CancellationToken.None);
            throw new InvalidOperationException($"cluster.sh start printed no connection string:\n{output}");
        }

        return new PostgresCluster(directory, match.Groups["value"].Value);
    }

    /// <summary><c>pg_ctl stop -m fast</c>: the server goes away (connections are cut), the cluster stays.</summary>
    public Task StopServerAsync(CancellationToken cancellationToken) => RunAsync("server-stop", directory, cancellationToken);

    /// <summary><c>pg_ctl start -w</c> of the stopped server, on the same port.</summary>
    public Task StartServerAsync(CancellationToken cancellationToken) => RunAsync("server-start", directory, cancellationToken);

    public async ValueTask DisposeAsync() => await RunAsync("stop", directory, CancellationToken.None);

    private static async Task<string> RunAsync(string command, string directory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(Script.Value);
        startInfo.ArgumentList.Add(command);
        startInfo.ArgumentList.Add(directory);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("bash did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        var standardOutput = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var standardError = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await standardOutput;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"cluster.sh {command} {directory} exited with {process.ExitCode}:\n{output}{await standardError}");
    }

    [GeneratedRegex("^export SREBOT_TEST_POSTGRES='(?<value>[^']+)'$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}
