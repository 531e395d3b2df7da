using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards.Actions;

/// <summary>A button; serialised with its schema name in <c>type</c>. Titles are SreBot's own wording, never outside text.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ExecuteAction), ExecuteAction.TypeName)]
[JsonDerivedType(typeof(ToggleVisibilityAction), ToggleVisibilityAction.TypeName)]
[JsonDerivedType(typeof(OpenUrlAction), OpenUrlAction.TypeName)]
public abstract record CardAction
{
    private protected CardAction(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    public string Title { get; }

    public ActionStyle? Style { get; init; }
}
