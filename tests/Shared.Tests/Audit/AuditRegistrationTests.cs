using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Tests.Audit;

public sealed class AuditRegistrationTests
{
    [Fact]
    public async Task AddAudit_RegistersOneLogForBothInterfaces_AndItsMigrations()
    {
        await using var provider = Services().BuildServiceProvider(validateScopes: true);

        Assert.Same(provider.GetRequiredService<IAuditLog>(), provider.GetRequiredService<IAuditActorEraser>());
        Assert.Contains(provider.GetServices<StoreMigrations>(), store => store.Store == "audit");
    }

    [Fact]
    public async Task AddAudit_RejectsAWriteLockTimeoutOutOfRange()
    {
        var services = Services().Configure<AuditOptions>(o => o.WriteLockTimeout = TimeSpan.Zero);
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuditOptions>>().Value);
    }

    private static IServiceCollection Services() => new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddSingleton<SqliteDatabase>()
        .Configure<SreBotOptions>(o => o.DataDirectory = Path.Combine(Path.GetTempPath(), "srebot-audit-unused"))
        .AddAudit();
}
