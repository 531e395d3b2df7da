using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>Reads the <c>endorsements</c> array the Bot Connector JWKS carries on each key (kept in <see cref="JsonWebKey.AdditionalData"/>).</summary>
public static class SigningKeyEndorsements
{
    /// <summary>The channel ids <paramref name="key"/> may sign for; empty for any other kind of key or a malformed list.</summary>
    public static IReadOnlySet<string> Read(SecurityKey? key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (key is not JsonWebKey jsonWebKey || !jsonWebKey.AdditionalData.TryGetValue(BotConnectorDefaults.EndorsementsProperty, out var value))
        {
            return endorsements;
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                endorsements.UnionWith(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case string:
                break; // a single string is not the documented shape
            case IEnumerable items:
                endorsements.UnionWith(items.Cast<object?>().Select(AsString).OfType<string>());
                break;
        }

        endorsements.RemoveWhere(string.IsNullOrEmpty);
        return endorsements;
    }

    private static string? AsString(object? item) => item switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };
}
