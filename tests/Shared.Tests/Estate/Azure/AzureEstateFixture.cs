using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.FakeAzure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The real Azure provider (DefaultAzureCredential, Azure.Core pipeline) pointed at a fresh world of the shared fake.</summary>
internal sealed class AzureEstateFixture : IDisposable
{
    public const string Group = "rg-shop-prod";
    private readonly ServiceProvider services;

    /// <param name="time">The clock the provider's caches read and it waits and times out on (default: the system's).</param>
    /// <param name="settings">Further <c>Estate:Azure:*</c> settings.</param>
    public AzureEstateFixture(int maxRetries = 3, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = FakeAzureServer.Shared;
        World = server.NewWorld();
        World.Providers["Microsoft.Web"] = new() { ["sites"] = ["2024-04-01", "2023-12-01"], ["serverfarms"] = ["2025-01-01-preview", "2024-04-01"] };
        World.Providers["Microsoft.Compute"] = new() { ["virtualMachines"] = ["2024-07-01"] };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Estate:Provider"] = "Azure",
            ["Estate:Azure:ResourceManagerEndpoint"] = server.ResourceManagerEndpoint.ToString(),
            ["Estate:Azure:LogAnalyticsEndpoint"] = server.LogAnalyticsEndpoint.ToString(),
            ["Estate:Azure:RetryDelay"] = "00:00:00.010",
            ["Estate:Azure:MaxRetryDelay"] = "00:00:00.050",
            ["Estate:Azure:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Agent:Subscription"] = World.Subscription,
            ["Agent:ResourceGroups:0"] = Group,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        collection.AddOptions<AgentOptions>().Bind(configuration.GetSection(AgentOptions.SectionName));
        collection.AddEstate(configuration);
        services = collection.BuildServiceProvider();
        Provider = services.GetRequiredService<IEstateProvider>();
    }

    public FakeWorld World { get; }

    /// <summary>A service of the provider's container (e.g. its REST clients, to send what SreBot itself would not).</summary>
    public T Service<T>() where T : notnull => services.GetRequiredService<T>();

    public IEstateProvider Provider { get; }

    public string GroupId => $"/subscriptions/{World.Subscription}/resourceGroups/{Group}";

    /// <summary>Adds a web app shaped after the Web Apps Get example, with its App Service plan in the same group.</summary>
    public string AddWebApp(string name, int planCapacity = 3)
    {
        var plan = $"{GroupId}/providers/Microsoft.Web/serverfarms/plan-{name}";
        World.AddResource(plan, new JsonObject
        {
            ["name"] = $"plan-{name}",
            ["type"] = "Microsoft.Web/serverfarms",
            ["location"] = "West Europe",
            ["sku"] = new JsonObject { ["name"] = "P1v3", ["tier"] = "PremiumV3", ["capacity"] = planCapacity },
        });
        var id = $"{GroupId}/providers/Microsoft.Web/sites/{name}";
        World.AddResource(id, new JsonObject
        {
            ["name"] = name,
            ["type"] = "Microsoft.Web/sites",
            ["kind"] = "app",
            ["location"] = "West Europe",
            ["tags"] = new JsonObject { ["team"] = "checkout" },
            ["properties"] = new JsonObject { ["state"] = "Running", ["serverFarmId"] = plan, ["enabled"] = true },
        });
        return id;
    }

    /// <summary>Adds a resource of any type in the group (ARM's generic shape), returning its id.</summary>
    public string AddResource(string type, string name, string location = "West Europe")
    {
        var id = $"{GroupId}/providers/{type}/{name}";
        World.AddResource(id, new JsonObject { ["name"] = name, ["type"] = type, ["location"] = location });
        return id;
    }

    public void Dispose() => services.Dispose();
}
