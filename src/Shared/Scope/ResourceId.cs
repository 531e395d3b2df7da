using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SreBot.Shared.Scope;

/// <summary>
/// A parsed, canonical Azure Resource Manager id. Parsing is strict: anything that could be read two ways
/// (encoded characters, empty or dot segments, nested <c>/providers/</c>, trailing segments) is rejected,
/// so that a scope decision made on the canonical form holds for whatever the provider would resolve.
/// </summary>
public sealed class ResourceId : IEquatable<ResourceId>
{
    private const int MaxLength = 1024;

    private ResourceId(string subscription, string? resourceGroup, string? provider, IReadOnlyList<string> typesAndNames)
    {
        Subscription = subscription;
        ResourceGroup = resourceGroup;
        Provider = provider;
        TypesAndNames = typesAndNames;
        Kind = provider is not null ? ResourceIdKind.Resource
            : resourceGroup is not null ? ResourceIdKind.ResourceGroup
            : ResourceIdKind.Subscription;
        Display = BuildDisplay();
        Canonical = Display.ToLowerInvariant();
    }

    public ResourceIdKind Kind { get; }

    /// <summary>Subscription id, lower-case GUID.</summary>
    public string Subscription { get; }

    /// <summary>Resource group name as given (compare through <see cref="Canonical"/>).</summary>
    public string? ResourceGroup { get; }

    /// <summary>Resource provider namespace, e.g. <c>Microsoft.Web</c>.</summary>
    public string? Provider { get; }

    /// <summary>Alternating type and name segments after the provider namespace.</summary>
    public IReadOnlyList<string> TypesAndNames { get; }

    /// <summary>Full resource type, e.g. <c>Microsoft.Web/sites</c> or <c>Microsoft.Web/sites/slots</c>.</summary>
    public string? ResourceType => Provider is null
        ? null
        : Provider + "/" + string.Join('/', TypesAndNames.Where((_, i) => i % 2 == 0));

    /// <summary>The last name segment: resource name, resource group name or subscription id.</summary>
    public string Name => Kind switch
    {
        ResourceIdKind.Resource => TypesAndNames[^1],
        ResourceIdKind.ResourceGroup => ResourceGroup!,
        _ => Subscription,
    };

    /// <summary>The id with ARM's usual casing for the fixed segments and the names as given.</summary>
    public string Display { get; }

    /// <summary>Lower-case invariant form: ARM ids are case-insensitive, so equality and scope use this.</summary>
    public string Canonical { get; }

    /// <summary>The resource group that contains this id (itself for a resource group id).</summary>
    public ResourceId? ResourceGroupId => ResourceGroup is null ? null : new ResourceId(Subscription, ResourceGroup, null, []);

    public static ResourceId ForResourceGroup(string subscription, string resourceGroup)
        => Parse($"/subscriptions/{subscription}/resourceGroups/{resourceGroup}");

    public static ResourceId Parse(string value)
        => TryParse(value, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse(string? value, [NotNullWhen(true)] out ResourceId? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        error = Validate(value);
        if (error is not null)
        {
            return false;
        }

        var segments = value!.Split('/');
        // segments[0] is the empty string before the leading slash.
        if (segments.Length < 3 || !Is(segments[1], "subscriptions"))
        {
            error = segments.Length > 1 && Is(segments[1], "providers")
                ? "Tenant-level ids are not allowed: give a subscription, resource group or resource id."
                : "An ARM id starts with /subscriptions/{subscription}.";
            return false;
        }

        if (!Guid.TryParseExact(segments[2], "D", out var subscriptionGuid))
        {
            error = "The subscription segment is not a GUID.";
            return false;
        }

        var subscription = subscriptionGuid.ToString("D", CultureInfo.InvariantCulture);
        if (segments.Length == 3)
        {
            id = new ResourceId(subscription, null, null, []);
            return true;
        }

        if (!Is(segments[3], "resourceGroups") || segments.Length < 5)
        {
            error = Is(segments[3], "providers")
                ? "Subscription-level resources are not allowed: give a resource group or a resource in one."
                : "After the subscription an ARM id continues with /resourceGroups/{name}.";
            return false;
        }

        var resourceGroup = segments[4];
        if (segments.Length == 5)
        {
            id = new ResourceId(subscription, resourceGroup, null, []);
            return true;
        }

        if (!Is(segments[5], "providers") || segments.Length < 9)
        {
            error = "After the resource group an ARM id continues with /providers/{namespace}/{type}/{name}.";
            return false;
        }

        var provider = segments[6];
        if (!provider.Contains('.', StringComparison.Ordinal))
        {
            error = "The provider namespace must look like 'Microsoft.Web'.";
            return false;
        }

        var rest = segments[7..];
        if (rest.Length % 2 != 0)
        {
            error = "A resource id has a name for every type segment; this one has a trailing segment.";
            return false;
        }

        if (rest.Any(s => Is(s, "providers") || Is(s, "resourceGroups") || Is(s, "subscriptions")))
        {
            error = "Nested /providers/, /resourceGroups/ or /subscriptions/ segments are not allowed.";
            return false;
        }

        id = new ResourceId(subscription, resourceGroup, provider, rest);
        return true;
    }

    /// <summary>True when this id is the given resource group or lies inside it.</summary>
    public bool IsWithin(ResourceId resourceGroup)
        => resourceGroup.Kind == ResourceIdKind.ResourceGroup
           && Kind is ResourceIdKind.ResourceGroup or ResourceIdKind.Resource
           && string.Equals(ResourceGroupId!.Canonical, resourceGroup.Canonical, StringComparison.Ordinal);

    public bool Equals(ResourceId? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ResourceId);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    public override string ToString() => Display;

    private static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "The resource id is empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"The resource id is longer than {MaxLength} characters.";
        }

        foreach (var c in value)
        {
            if (!IsAllowed(c))
            {
                return c switch
                {
                    '%' => "Percent-encoded characters are not allowed in a resource id.",
                    '\\' => "Backslashes are not allowed in a resource id.",
                    _ when char.IsWhiteSpace(c) || char.IsControl(c) => "Whitespace and control characters are not allowed in a resource id.",
                    _ => $"The character {Describe(c)} is not allowed in a resource id; names use ASCII letters, digits, '-', '_', '.', '(' and ')'.",
                };
            }
        }

        if (value[0] != '/')
        {
            return "A resource id is a full ARM id starting with '/subscriptions/'; call resources_list to find ids.";
        }

        if (value.Length > 1 && value[^1] == '/')
        {
            return "A resource id does not end with '/'.";
        }

        if (value.Contains("//", StringComparison.Ordinal))
        {
            return "Empty segments ('//') are not allowed in a resource id.";
        }

        foreach (var segment in value.Split('/').Skip(1))
        {
            if (segment is "." or "..")
            {
                return "'.' and '..' segments are not allowed in a resource id.";
            }
        }

        return null;
    }

    // ARM names use letters, digits, '-', '_', '.', '(' and ')'; '/' separates segments.
    private static bool IsAllowed(char c)
        => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '(' or ')' or '/';

    // Echo only printable ASCII: other characters may be invisible, look like something else, or reorder the text they land in.
    private static string Describe(char c)
        => c is >= '!' and <= '~' ? $"'{c}' (U+{(int)c:X4})" : $"U+{(int)c:X4}";

    private static bool Is(string segment, string expected) => string.Equals(segment, expected, StringComparison.OrdinalIgnoreCase);

    private string BuildDisplay()
    {
        var display = $"/subscriptions/{Subscription}";
        if (ResourceGroup is not null)
        {
            display += $"/resourceGroups/{ResourceGroup}";
        }

        if (Provider is not null)
        {
            display += $"/providers/{Provider}/{string.Join('/', TypesAndNames)}";
        }

        return display;
    }
}
