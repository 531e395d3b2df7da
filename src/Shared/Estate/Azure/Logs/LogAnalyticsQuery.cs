namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// A resource-centric Log Analytics query, ready to send: <c>POST {LogAnalyticsEndpoint}{Path}</c> with the body
/// <c>{"query": Query, "timespan": Timespan}</c>.
/// </summary>
/// <param name="Path">Relative to the endpoint: <c>v1/subscriptions/…/providers/…/{name}/query</c>.</param>
/// <param name="Timespan">ISO 8601 interval <c>start/end</c> (UTC).</param>
internal sealed record LogAnalyticsQuery(string Path, string Query, string Timespan);
