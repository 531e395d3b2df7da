using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace SreBot.Bot.Auth.EntraRoles;

public static class EntraRolesRegistration
{
    /// <summary>
    /// Teams users' roles from Entra (<c>Auth:Graph</c>): a Graph client on SreBot's own <see cref="TokenCredential"/> (the
    /// managed identity in Azure), whose token is attached only for the configured Graph host.
    /// </summary>
    public static IServiceCollection AddEntraRoles(this IServiceCollection services)
    {
        services.AddOptions<EntraRoleOptions>().BindConfiguration(EntraRoleOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntraRoleOptions>, EntraRoleOptionsValidator>());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EntraRoleOptions>>().Value;
            var endpoint = new Uri(options.Endpoint);
            var http = GraphClientFactory.Create();
            http.Timeout = options.Timeout;
            var authentication = new AzureIdentityAuthenticationProvider(
                sp.GetRequiredService<TokenCredential>(), [endpoint.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [EntraRoleOptions.Scope]);
            return new GraphServiceClient(http, authentication, options.Endpoint.TrimEnd('/'));
        });
        services.AddSingleton<EntraRoleReader>();
        services.AddSingleton<EntraRoleDirectory>();
        services.AddSingleton<RoleGrantAudit>();
        return services;
    }
}
