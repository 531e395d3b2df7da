using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Tests.Infrastructure;

public static class ServiceProviderExtensions
{
    public static Task<AgentState> GetAgentAsync(this IServiceProvider services)
        => services.GetRequiredService<IAgentStateStore>().GetStateAsync(TestContext.Token);
}
