using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SreBot.Bench;

/// <summary>
/// A server under test running as a child process on a free loopback port. Disposing kills its process tree.
/// Its output is drained (so it never blocks on a full pipe) and the last lines are kept for error messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private const int KeptLines = 30;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public Uri McpEndpoint => new(BaseAddress, "mcp");

    public static async Task<ServerProcess> StartAsync(
        string name,
        string dll,
        Func<int, IEnumerable<string>> arguments,
        IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var process = Process.Start(DotnetCommand.StartInfo(dll, arguments(port), environment))
            ?? throw new SetupException($"{name}: could not start dotnet {dll}");
        var server = new ServerProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join(Environment.NewLine, _lastLines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            Console.Error.WriteLine($"{Name}: could not confirm that process {_process.Id} exited: {exception.Message}");
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var health = new Uri(BaseAddress, "healthz");
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new SetupException($"{Name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{LastLines()}");
            }

            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // That attempt timed out; try again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new SetupException($"{Name} did not answer 200 on {health} within {ReadyTimeout.TotalSeconds:0} s:{Environment.NewLine}{LastLines()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }

    // The port is free when we ask; a race with another process taking it in between shows up as a start failure.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
