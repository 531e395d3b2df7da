using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>The estate refused SreBot's own identity: it lacks <see cref="Permission"/> on <see cref="Scope"/>.</summary>
public sealed class EstateForbiddenException(string permission, ResourceId scope, string? detail = null)
    : EstateException($"Forbidden: SreBot's identity lacks the permission '{permission}' on '{scope.Display}', so nothing was changed.{(string.IsNullOrWhiteSpace(detail) ? string.Empty : " " + detail)}")
{
    /// <summary>The action that is not granted, e.g. <c>Microsoft.Web/sites/restart/action</c>.</summary>
    public string Permission { get; } = permission;

    public ResourceId Scope { get; } = scope;
}
