using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Initial scope (section <c>Agent</c>). These values seed a new data directory; afterwards admins change
/// mode and associated resource groups at run time and the database is the source of truth.
/// </summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>Subscription used when a resource group is given by name. Defaults to the Sandbox estate's.</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public string Subscription { get; set; } = "11111111-1111-1111-1111-111111111111";

    /// <summary>Resource groups associated on first start: names in <see cref="Subscription"/> or full ids.</summary>
    public List<string> ResourceGroups { get; set; } = ["rg-shop-prod", "rg-shop-staging"];
}
