using SreBot.Shared.Scope;

namespace SreBot.Bot.Alerts;

/// <summary>
/// What an alert is about. <paramref name="Resource"/> is the ARM id when the sender gave one, else the resource group's id
/// and the resource's name (<c>/subscriptions/…/resourceGroups/rg-shop-prod/app-checkout-api</c>); <paramref name="InvestigationTarget"/>
/// is what the investigation resolves (the id, or the name within the associated groups).
/// </summary>
public sealed record AlertTarget(string Resource, string InvestigationTarget, ResourceId Scope)
{
    public static AlertTarget ForId(ResourceId id) => new(id.Display, id.Display, id);

    public static AlertTarget ForName(ResourceId resourceGroup, string name) => new($"{resourceGroup.Display}/{name}", name, resourceGroup);
}
