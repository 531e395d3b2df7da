using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// The real Prometheus Alertmanager (Debian <c>prometheus-alertmanager</c>) on a free loopback port, without clustering,
/// with a generated configuration whose one receiver is SreBot's webhook, authenticated with a bearer credential (read
/// from an owner-only file). Grouping and repeat intervals are short so a test sees notifications in seconds. A missing
/// binary fails the test with the install command (<see cref="ToolPaths.Alertmanager"/>).
/// </summary>
public sealed class AlertmanagerProcess(Uri webhook, string bearerToken) : IAsyncLifetime
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly string _directory = Directory.CreateTempSubdirectory("srebot-alertmanager-").FullName;
    private ChildProcess? _process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string Describe() => _process?.Describe() ?? "(Alertmanager not started)";

    public async Task InitializeAsync()
    {
        var binary = ToolPaths.Alertmanager;
        var credentials = Path.Combine(_directory, "srebot.token");
        await File.WriteAllTextAsync(credentials, bearerToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(credentials, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var config = Path.Combine(_directory, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $"""
            route:
              receiver: srebot
              group_by: ['alertname']
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 2s
            receivers:
              - name: srebot
                webhook_configs:
                  - url: '{webhook}'
                    send_resolved: true
                    max_alerts: 0
                    http_config:
                      authorization:
                        type: Bearer
                        credentials_file: '{credentials}'
            """);

        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Next().ToString(CultureInfo.InvariantCulture);
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            _process = ChildProcess.Start(binary,
            [
                $"--config.file={config}", $"--storage.path={Path.Combine(_directory, "data")}", $"--web.listen-address=127.0.0.1:{port}",
                "--cluster.listen-address=", "--log.level=debug",
            ]);
            try
            {
                await ReadinessProbe.WaitAsync(_process, new Uri(BaseAddress, "-/ready"), status => status == System.Net.HttpStatusCode.OK, StartDeadline, CancellationToken.None);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && _process.CombinedOutput.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await _process.DisposeAsync();
            }
        }
    }

    /// <summary>Posts alerts to Alertmanager's own API (<c>POST /api/v2/alerts</c>), as Prometheus does.</summary>
    public async Task PostAlertsAsync(JsonArray alerts, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var response = await http.PostAsJsonAsync(new Uri(BaseAddress, "api/v2/alerts"), alerts, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Alertmanager refused the alerts ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}\n{Describe()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
