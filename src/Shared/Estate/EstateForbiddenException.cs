using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>
/// The estate refused SreBot's own identity: it lacks <see cref="Permission"/> on <see cref="Scope"/>. The message says
/// what followed from that: for a read (an action ending in <c>/read</c>) that nothing could be read, otherwise that
/// nothing was changed.
/// </summary>
public sealed class EstateForbiddenException(string permission, ResourceId scope, string? detail = null)
    : EstateException($"Forbidden: SreBot's identity lacks the permission '{permission}' on '{scope.Display}', {Consequence(permission)}.{(string.IsNullOrWhiteSpace(detail) ? string.Empty : " " + detail)}")
{
    /// <summary>The action that is not granted, e.g. <c>Microsoft.Web/sites/restart/action</c>.</summary>
    public string Permission { get; } = permission;

    public ResourceId Scope { get; } = scope;

    private static string Consequence(string permission)
        => permission.EndsWith("/read", StringComparison.OrdinalIgnoreCase) ? "so it could not be read" : "so nothing was changed";
}
