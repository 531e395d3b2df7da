using System.Diagnostics.CodeAnalysis;

namespace SreBot.Shared.Scope;

/// <summary>
/// How people and tools name a resource group: a bare name (in the given or the default subscription) or a full id.
/// A bare name must be only a name: one containing '/' is passed on unchanged, so that parsing refuses it.
/// </summary>
public static class ResourceGroupReference
{
    /// <summary>The ARM id text the reference stands for (not yet parsed or checked).</summary>
    public static string? ToIdText(string? value, string? subscription, string defaultSubscription)
    {
        if (string.IsNullOrWhiteSpace(value) || value.StartsWith('/'))
        {
            return value;
        }

        var sub = string.IsNullOrWhiteSpace(subscription) ? defaultSubscription : subscription;
        return value.Contains('/', StringComparison.Ordinal) || sub.Contains('/', StringComparison.Ordinal)
            ? value
            : $"/subscriptions/{sub}/resourceGroups/{value}";
    }

    public static bool TryResolve(
        string? value,
        string? subscription,
        string defaultSubscription,
        [NotNullWhen(true)] out ResourceId? resourceGroup,
        [NotNullWhen(false)] out string? error)
    {
        resourceGroup = null;
        if (!ResourceId.TryParse(ToIdText(value, subscription, defaultSubscription), out var id, out error))
        {
            return false;
        }

        if (id.Kind != ResourceIdKind.ResourceGroup)
        {
            error = $"A resource group is needed, not a {(id.Kind == ResourceIdKind.Subscription ? "subscription" : "resource")} id.";
            return false;
        }

        resourceGroup = id;
        return true;
    }
}
