using SreBot.Bot.Conversations;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>The forget-me nonce contract on SQLite, over a real database file.</summary>
public sealed class SqliteForgetMeNonceStoreTests : ForgetMeNonceStoreContract
{
    private readonly SharedServices _services = new(configure: services => services.AddForgetMeNonces());

    protected override async Task<IForgetMeNonceStore> CreateStoreAsync()
    {
        await _services.InitializeAsync();
        return _services.Get<IForgetMeNonceStore>();
    }

    public override Task DisposeAsync() => _services.DisposeAsync();
}
