using System.ComponentModel.DataAnnotations;
using SreBot.Shared.Scope;

namespace SreBot.Shared.AgentAccess;

/// <summary>
/// Initial scope (section <c>Agent</c>). These values seed a new data directory; afterwards admins change
/// mode and associated resource groups at run time and the database is the source of truth. Nothing is assumed: the
/// Sandbox estate fills in its own subscription and groups when none are configured (<c>SandboxRegistration</c>), and
/// Azure refuses to start without them.
/// </summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>
    /// Subscription used when a resource group is given by name: on the Sandbox, its own when not configured; Azure
    /// refuses to start without it (<c>AzureEstateOptionsValidator</c>).
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public string Subscription { get; set; } = string.Empty;

    /// <summary>
    /// Resource groups associated on first start: names in <see cref="Subscription"/> or full ids. Starts empty, so
    /// configuration binds exactly the configured list (a non-empty default would have the binder append to it).
    /// </summary>
    public List<string> ResourceGroups { get; set; } = [];

    /// <summary>A <see cref="ResourceGroups"/> entry as a resource group id (a name is taken in <see cref="Subscription"/>).</summary>
    public ResourceId ToResourceGroupId(string value)
    {
        var text = value.StartsWith('/') ? value : $"/subscriptions/{Subscription}/resourceGroups/{value}";
        if (!ResourceId.TryParse(text, out var id, out var error) || id.Kind != ResourceIdKind.ResourceGroup)
        {
            throw new InvalidOperationException($"Agent:ResourceGroups entry '{value}' is not a resource group: {error ?? "wrong kind of id"}");
        }

        return id;
    }
}
