using System.Text.RegularExpressions;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Replicas;

/// <summary>
/// Issue 15: retention runs once per pass with two replicas. Each replica runs a pass at start; the database lease
/// (<c>retention-pass</c>, held for half an interval) lets exactly one of the two run it, and the other reports it skipped.
/// What each replica did is read from its own log: the purge lines of a pass it ran, or the line of a pass it skipped.
/// </summary>
public sealed partial class ReplicaRetentionTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Retention__MemoriesDays"] = "30", // a period, so a pass takes the lease (nothing is old enough to go)
        ["Retention__IntervalMinutes"] = "10", // the lease is held 5 minutes: both start passes fall inside it
        ["Logging__LogLevel__SreBot.Shared.Retention"] = "Debug", // the skipped pass's line
    };

    [Fact]
    public async Task TwoReplicasStartingTogether_RunTheirFirstRetentionPassOnce()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var token = cancellation.Token;
        await using var replicas = await BotReplicas.StartAsync(2, Settings, token);

        // Both start passes finish (ran or skipped) soon after start: wait for each replica's outcome in its log.
        foreach (var replica in replicas.All)
        {
            Assert.True(await replica.WaitForOutputAsync(output => Ran(output) + Skipped(output) > 0, token), replicas.Describe());
        }

        var ran = replicas.All.Sum(r => Ran(r.Output));
        var skipped = replicas.All.Sum(r => Skipped(r.Output));
        Assert.True(ran == 1 && skipped == 1, $"one pass ran ({ran} ran, {skipped} skipped):\n{replicas.Describe()}");
    }

    private static int Ran(string output) => PurgedLine().Count(output);

    private static int Skipped(string output) => SkippedLine().Count(output);

    [GeneratedRegex(@"Retention purged \d+ memories items")]
    private static partial Regex PurgedLine();

    [GeneratedRegex("Retention pass skipped: another replica holds the lease")]
    private static partial Regex SkippedLine();
}
