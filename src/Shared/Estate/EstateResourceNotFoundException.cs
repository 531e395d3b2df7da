using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>The provider has no resource with this id (a provider-neutral <see cref="EstateException"/>).</summary>
public sealed class EstateResourceNotFoundException(ResourceId resourceId)
    : EstateException($"Resource '{resourceId.Display}' was not found.")
{
    public ResourceId ResourceId { get; } = resourceId;
}
