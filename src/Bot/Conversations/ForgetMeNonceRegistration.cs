using SreBot.Shared.Storage.Migrations;

namespace SreBot.Bot.Conversations;

public static class ForgetMeNonceRegistration
{
    /// <summary>The used "forget me" nonces in SQLite, with their migrations.</summary>
    public static IServiceCollection AddForgetMeNonces(this IServiceCollection services)
    {
        services.AddStoreMigrations("forget-me", typeof(ForgetMeNonceRegistration).Assembly, "Conversations/Migrations");
        services.AddSingleton<IForgetMeNonceStore, SqliteForgetMeNonceStore>();
        return services;
    }
}
