using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>The provider has no resource with this id. The message is safe to show to users and models.</summary>
public sealed class EstateResourceNotFoundException(ResourceId resourceId)
    : Exception($"Resource '{resourceId.Display}' was not found.")
{
    public ResourceId ResourceId { get; } = resourceId;
}
