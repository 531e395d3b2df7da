using System.Text.Json.Serialization;
using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// <c>Input.Text</c>: a text box whose value Teams adds, under <see cref="CardElement.Id"/>, to the data of the
/// <c>Action.Execute</c> that is clicked. What comes back is untrusted input like any typed message.
/// </summary>
public sealed record InputText : CardElement
{
    public InputText(string id, int maxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        Id = id;
        MaxLength = maxLength;
    }

    /// <summary>Shown above the box; null for none (the placeholder then says what to type). SreBot's own wording.</summary>
    public string? Label { get; init => field = value is null ? null : CardText.Trusted(value); }

    public int MaxLength { get; }

    /// <summary>Shown in the empty box. SreBot's own wording.</summary>
    public string? Placeholder { get; init => field = value is null ? null : CardText.Trusted(value); }

    public bool? IsMultiline { get; init; }
}
