namespace SreBot.FakeAzure.Seeds;

/// <summary>What the leaking checkout API does in one minute of <see cref="CheckoutLeakIncident"/>.</summary>
/// <param name="Pressure">Working set over the memory budget per instance.</param>
internal sealed record MinuteState(double Requests, double CpuSeconds, double WorkingSet, double Pressure, double Http4xx, double Http5xx, double ResponseSeconds);
