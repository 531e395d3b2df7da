using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards.Elements;

/// <summary>An element of a card's body; serialised with its schema name in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
public abstract record CardElement
{
    private protected CardElement()
    {
    }

    /// <summary>Needed to show or hide the element with <see cref="Actions.ToggleVisibilityAction"/>, and as an input's key.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>False to start hidden (e.g. details behind "Show details").</summary>
    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
