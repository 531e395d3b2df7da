using System.Xml;
using ModelContextProtocol;
using SreBot.Shared.Scope;

namespace SreBot.McpServer.Tools;

/// <summary>Argument parsing shared by tools. Errors are <see cref="McpException"/>s written for the model.</summary>
public static class ToolArguments
{
    /// <summary>Parses an id that policy has already checked; a failure here is a bug, reported plainly.</summary>
    public static ResourceId ResourceId(string value)
        => Shared.Scope.ResourceId.TryParse(value, out var id, out var error) ? id : throw new McpException(error);

    /// <summary>The resource group a <c>resourceGroup</c>/<c>subscription</c> pair names (policy has checked it).</summary>
    public static ResourceId ResourceGroup(string resourceGroup, string? subscription, string defaultSubscription)
        => ResourceGroupReference.TryResolve(resourceGroup, subscription, defaultSubscription, out var id, out var error) ? id : throw new McpException(error);

    /// <summary>Parses an ISO 8601 duration such as <c>PT1H</c> or <c>P1D</c>, within bounds.</summary>
    public static TimeSpan Duration(string? value, string name, TimeSpan fallback, TimeSpan minimum, TimeSpan maximum)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        TimeSpan duration;
        try
        {
            duration = XmlConvert.ToTimeSpan(value.Trim());
        }
        catch (FormatException)
        {
            throw new McpException($"'{name}' must be an ISO 8601 duration such as PT15M, PT1H or P1D.");
        }

        return duration >= minimum && duration <= maximum
            ? duration
            : throw new McpException($"'{name}' must be between {XmlConvert.ToString(minimum)} and {XmlConvert.ToString(maximum)}.");
    }

    public static TEnum Enum<TEnum>(string? value, string name, TEnum fallback)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new McpException($"'{name}' must be one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public static int Range(int? value, string name, int fallback, int minimum, int maximum)
        => value switch
        {
            null => fallback,
            var v when v >= minimum && v <= maximum => v.Value,
            _ => throw new McpException($"'{name}' must be between {minimum} and {maximum}."),
        };
}
