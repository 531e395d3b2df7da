using System.Runtime.InteropServices;
using SreBot.Bench;

if (args is [BaselineServer.Command, ..])
{
    return await BaselineServer.RunAsync(args);
}

if (args is [KnowledgeBench.Flag, ..])
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    return await KnowledgeBench.RunAsync(args[1..], stop.Token);
}

if (args is [ErasureBench.Flag, ..])
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    return await ErasureBench.RunAsync(args[1..], stop.Token);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"{exception.Message}{Environment.NewLine}{BenchOptions.Usage}");
    return 2;
}

// Ctrl+C and SIGTERM cancel the run; the finally blocks below then kill the servers and delete their data.
using var cancellation = new CancellationTokenSource();
void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
var cancellationToken = cancellation.Token;

try
{
    Report.Settings(options, args);
    BotProcess.EnsureBuilt(options.BotDll);

    LatencyStats baseline;
    Console.WriteLine("baseline: starting the bare MCP SDK server...");
    await using (var server = await BaselineServer.StartAsync(cancellationToken))
    {
        Console.WriteLine($"baseline: {server.McpEndpoint}, running load...");
        baseline = await LoadRunner.RunAsync(server.McpEndpoint, null, McpConnection.SandboxResourceId, options, cancellationToken);
    }

    LatencyStats subject;
    Console.WriteLine("subject: minting a reader token and starting the Bot...");
    await using (var bot = await BotProcess.StartAsync(options.BotDll, new Dictionary<string, string>(), cancellationToken))
    {
        Console.WriteLine($"subject: {bot.Server.McpEndpoint}, running load...");
        subject = await LoadRunner.RunAsync(bot.Server.McpEndpoint, bot.Token, McpConnection.SandboxResourceId, options, cancellationToken);
    }

    LatencyStats? azure = null;
    if (options.Estate == BenchEstate.AzureFake)
    {
        Console.WriteLine("subject on Azure: starting the fake Azure on loopback, seeding the shop estate, starting the Bot with Estate:Provider=Azure...");
        using var fake = FakeAzureEstate.Start();
        await using var bot = await BotProcess.StartAsync(options.BotDll, fake.Environment, cancellationToken);
        Console.WriteLine($"subject on Azure: {bot.Server.McpEndpoint} -> {fake.Environment["Estate__Azure__ResourceManagerEndpoint"]}, running load...");
        azure = await LoadRunner.RunAsync(bot.Server.McpEndpoint, bot.Token, fake.ResourceId, options, cancellationToken);
        Console.WriteLine($"subject on Azure: the fake answered {fake.HealthRequests} Resource Health reads");
    }

    var postgres = new List<(string Name, LatencyStats Stats)>();
    if (options.Postgres)
    {
        Console.WriteLine("subject on PostgreSQL: starting a throwaway cluster (or using SREBOT_BENCH_POSTGRES)...");
        await using var server = await PostgresSubject.StartAsync(cancellationToken);
        for (var replicas = 1; replicas <= options.Replicas; replicas++)
        {
            postgres.Add(($"subject, PostgreSQL x{replicas}", await server.MeasureAsync(replicas, options, cancellationToken)));
        }
    }

    Report.Results(baseline, subject, azure, postgres);
    return 0; // A missed goal is a finding, not a failure.
}
catch (SetupException exception)
{
    Console.Error.WriteLine($"setup failed: {exception.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
{
    Console.Error.WriteLine("interrupted; servers stopped and temporary data deleted.");
    return 130;
}
