using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards.Elements;

/// <summary>An element of a card's body; serialised with its schema name in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
public abstract record CardElement
{
    private protected CardElement()
    {
    }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
