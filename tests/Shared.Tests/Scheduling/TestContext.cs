namespace SreBot.Shared.Tests.Scheduling;

/// <summary>A per-call deadline so a hung wait fails the test instead of the run.</summary>
internal static class TestContext
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
