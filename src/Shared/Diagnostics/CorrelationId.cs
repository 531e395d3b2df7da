using System.Diagnostics;

namespace SreBot.Shared.Diagnostics;

/// <summary>The id that ties audit records to a trace: the current W3C trace id, or a fresh random id.</summary>
public static class CorrelationId
{
    public static string Current() => Activity.Current is { } activity
        ? activity.TraceId.ToHexString()
        : Guid.NewGuid().ToString("N");
}
