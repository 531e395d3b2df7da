using System.Text.Json;

namespace SreBot.Bot.Activities;

public static class ActivityExtensions
{
    /// <summary>A string field the protocol has but <see cref="Activity"/> does not model (e.g. installationUpdate's <c>action</c>).</summary>
    public static string? Extra(this Activity activity, string name)
        => activity.ExtensionData?.TryGetValue(name, out var value) == true && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
