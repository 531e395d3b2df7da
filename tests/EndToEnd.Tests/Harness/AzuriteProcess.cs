using System.Globalization;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// Azurite's Blob service (the Azure Storage emulator, npm azurite) on a free loopback port, in memory, for tests of the
/// Azure Blob Storage implementation with the real <c>Azure.Storage.Blobs</c> client. Missing Azurite fails the test
/// with an install hint (<see cref="ToolPaths.AzuriteBlob"/>).
/// </summary>
public sealed class AzuriteProcess : IAsyncLifetime
{
    /// <summary>The emulator's published development account key (not a secret: it is the same for every Azurite).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private ChildProcess? azurite;
    private Uri? blobEndpoint;

    /// <summary>The development account's blob endpoint, e.g. <c>http://127.0.0.1:PORT/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint => blobEndpoint ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>The connection string SreBot accepts for the emulator (the development account on loopback).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint={BlobEndpoint};";

    public async Task InitializeAsync()
    {
        var script = ToolPaths.AzuriteBlob;

        // The port is free when chosen but not reserved: if something takes it first, try another.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Next();
            blobEndpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1");
            azurite = ChildProcess.Start(
                ToolPaths.Node22,
                [script, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(CultureInfo.InvariantCulture),
                 "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry"]);
            try
            {
                // Any HTTP answer (the anonymous listing is refused) means it is listening.
                await ReadinessProbe.WaitAsync(azurite, new Uri(BlobEndpoint + "?comp=list"), _ => true, StartDeadline, CancellationToken.None);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && azurite.CombinedOutput.Contains("EADDRINUSE", StringComparison.OrdinalIgnoreCase))
            {
                await azurite.DisposeAsync();
            }
        }
    }

    public string Describe() => azurite?.Describe() ?? "(Azurite not started)";

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
