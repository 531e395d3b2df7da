using ModelContextProtocol.Server;

namespace SreBot.Bench;

/// <summary>
/// The baseline: a bare ModelContextProtocol.AspNetCore server with default options, no authentication and one
/// no-op read tool. It runs as a child process of this program (<c>serve-baseline</c>), like the Bot, so each server
/// has a process, a thread pool and a garbage collector of its own and the load client is outside both.
/// </summary>
public static class BaselineServer
{
    public const string Command = "serve-baseline";

    /// <summary>The child side: <c>serve-baseline --urls http://127.0.0.1:PORT</c>. Stops when its standard input closes.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        // The Bot's appsettings.json log levels, so neither server pays for request logging the other skips.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        builder.Services.AddMcpServer().WithHttpTransport().WithTools<NoopReadTool>();

        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapMcp("/mcp");

        // The bench holds our stdin open; if it dies without cleaning up, the pipe closes and we do not outlive it.
        var stopping = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync(stopping);
            app.Lifetime.StopApplication();
        }, stopping);

        await app.RunAsync();
        return 0;
    }

    /// <summary>The parent side: starts the child on a free loopback port and waits until it answers /healthz.</summary>
    public static Task<ServerProcess> StartAsync(CancellationToken cancellationToken)
        => ServerProcess.StartAsync(
            "baseline",
            typeof(BaselineServer).Assembly.Location,
            port => [Command, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string>(),
            cancellationToken);
}
