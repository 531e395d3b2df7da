using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models.Sql;
using SreBot.Shared.Estate.Sandbox.Models.Steady;
using SreBot.Shared.Estate.Sandbox.Models.VirtualMachines;
using SreBot.Shared.Estate.Sandbox.Models.WebApps;

namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>The model for each resource type; types without one are listed but not simulated.</summary>
internal sealed class SandboxModelRegistry
{
    private readonly PassiveResourceModel _passive = new();

    private readonly Dictionary<string, ISandboxResourceModel> _models = new(StringComparer.OrdinalIgnoreCase)
    {
        [SandboxEstate.SitesType] = new WebAppModel(),
        [SandboxEstate.PlansType] = new AppServicePlanModel(),
        [SandboxEstate.VirtualMachinesType] = new VirtualMachineModel(),
        [SandboxEstate.SqlDatabasesType] = new SqlDatabaseModel(),
        [SandboxEstate.RedisType] = SteadyResourceModel.RedisCache(),
        [SandboxEstate.StorageAccountsType] = SteadyResourceModel.StorageAccount(),
    };

    public ISandboxResourceModel For(SandboxResourceDefinition resource) => _models.GetValueOrDefault(resource.Type) ?? _passive;
}
