using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Replicas;

/// <summary>Two real Bot hosts on one PostgreSQL database (<see cref="BotReplicas"/>), shared by the tests of one class.</summary>
public sealed class TwoReplicasFixture : IAsyncLifetime
{
    private BotReplicas? replicas;

    public BotReplicas Replicas => replicas ?? throw new InvalidOperationException("The replicas are not started.");

    public async Task InitializeAsync() => replicas = await BotReplicas.StartAsync(2, null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }
    }
}
