namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>A per-test deadline so a hung call fails the test instead of the run.</summary>
public static class TestContext
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
