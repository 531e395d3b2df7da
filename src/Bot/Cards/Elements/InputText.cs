using System.Text.Json.Serialization;
using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// <c>Input.Text</c>: a text box whose value Teams adds, under <see cref="CardElement.Id"/>, to the data of the
/// <c>Action.Execute</c> that is clicked. What comes back is untrusted input like any typed message.
/// </summary>
public sealed record InputText : CardElement
{
    public InputText(string id, string label, int maxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        Id = id;
        Label = CardText.Trusted(label);
        MaxLength = maxLength;
    }

    public string Label { get; }

    public int MaxLength { get; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }
}
