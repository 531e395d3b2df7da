using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.McpServer.CallPath;

namespace SreBot.Bot.Agent.External;

public static class ExternalRegistration
{
    /// <summary>
    /// External MCP servers from the <c>McpServers</c> list (validated on start): their allow-listed tools join the agent
    /// loop through <see cref="ExternalMcpToolSource"/>, and approved external writes run through <see cref="ExternalMcpServers"/>.
    /// Tokens come from SreBot's own Azure identity (<see cref="DefaultAzureCredential"/> unless a <see cref="TokenCredential"/> is registered).
    /// </summary>
    public static IHostApplicationBuilder AddExternal(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ExternalMcpServersOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.GetSection(ExternalMcpServersOptions.SectionName).Bind(options.Servers))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExternalMcpServersOptions>, ExternalMcpServersValidator>());
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ExcludeInteractiveBrowserCredential = true,
            ExcludeVisualStudioCredential = true,
            ExcludeVisualStudioCodeCredential = true,
        }));
        services.TryAddSingleton<ExternalMcpServers>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExternalToolResolver, ExternalMcpServers>(sp => sp.GetRequiredService<ExternalMcpServers>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentToolSource, ExternalMcpToolSource>());
        return builder;
    }
}
