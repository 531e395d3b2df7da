namespace SreBot.Bot.Cards.Actions;

/// <summary>
/// <c>Action.OpenUrl</c>. Only for links SreBot builds itself from parsed identifiers (the Azure portal page of a resource),
/// never a URL taken from outside text: the constructor takes https URLs on <see cref="AllowedHosts"/> only.
/// </summary>
public sealed record OpenUrlAction : CardAction
{
    public const string TypeName = "Action.OpenUrl";

    /// <summary>Hosts a card may link to.</summary>
    public static readonly IReadOnlySet<string> AllowedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "portal.azure.com" };

    public OpenUrlAction(string title, Uri url)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps || !AllowedHosts.Contains(url.Host))
        {
            throw new ArgumentException($"A card links only to https://{string.Join(", https://", AllowedHosts)}.", nameof(url));
        }

        Url = url.AbsoluteUri;
    }

    public string Url { get; }
}
