namespace SreBot.Bot.Alerts;

/// <summary>The alerts a payload carries, or what is wrong with it (each problem with its JSON path).</summary>
public sealed record AlertPayloadResult(IReadOnlyList<ReceivedAlert> Alerts, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
