using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;
using SreBot.Shared.Traces;

namespace SreBot.Shared.Privacy;

public static class PrivacyRegistration
{
    /// <summary>
    /// The export and erasure services and the personal data sources of the core stores. Other stores join by registering
    /// their own <see cref="IPersonalDataSource"/>; sources are exported and erased in registration order.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataSource, TracePersonalData>();
        services.AddSingleton<IPersonalDataSource, ApprovalPersonalData>();
        services.AddSingleton<IPersonalDataSource, SharedThreadMessagesData>();
        services.AddSingleton<IPersonalDataSource, PersonalThreadsData>();
        services.AddSingleton<IPersonalDataSource, ChatUserData>();
        services.AddSingleton<IPersonalDataSource, LocalRolePersonalData>();
        services.AddSingleton<IPersonalDataSource, AgentChangePersonalData>();
        services.AddSingleton<IPersonalDataSource, ExportsPersonalData>();
        services.AddSingleton<PersonalDataExporter>();
        services.AddSingleton<PersonalDataEraser>();
        return services;
    }
}
