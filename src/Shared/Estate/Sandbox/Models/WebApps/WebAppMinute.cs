namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>One simulated minute of a web app: the values behind its metrics, logs and health.</summary>
/// <param name="SuccessSeconds">Response time of the requests that succeed.</param>
internal sealed record WebAppMinute(
    WebAppDemand Demand,
    AppServicePlanLoad Plan,
    FailureMix Failures,
    int Requests,
    int Http2xx,
    int Http4xx,
    int Http5xx,
    double CpuSeconds,
    double ResponseSeconds,
    double SuccessSeconds,
    string Version);
