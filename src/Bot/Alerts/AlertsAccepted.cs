namespace SreBot.Bot.Alerts;

/// <summary>The <c>202</c> answer to an alert post: the incidents the alerts landed in, and how many alerts matched none (resolved alerts of no open incident).</summary>
public sealed record AlertsAccepted(IReadOnlyList<string> Incidents, int Alerts, int Ignored);
