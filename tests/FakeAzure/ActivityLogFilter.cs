using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SreBot.FakeAzure;

/// <summary>
/// The Activity Log's <c>$filter</c> as the service documents it: <c>eventTimestamp ge '…'</c> (required), optionally
/// <c>eventTimestamp le '…'</c>, and at most one of <c>resourceGroupName eq '…'</c>, <c>resourceUri eq '…'</c>,
/// <c>resourceProvider eq '…'</c>, <c>correlationId eq '…'</c>, joined by <c>and</c>; values single-quoted with <c>''</c> for a quote.
/// </summary>
internal sealed record ActivityLogFilter(DateTimeOffset Start, DateTimeOffset? End, string? Field, string? Value)
{
    private static readonly string[] Fields = ["resourceGroupName", "resourceUri", "resourceProvider", "correlationId"];

    /// <exception cref="FormatException">Not a filter the Activity Log accepts.</exception>
    public static ActivityLogFilter Parse(string text)
    {
        DateTimeOffset? start = null, end = null;
        string? field = null, value = null;
        var i = 0;
        while (true)
        {
            var name = Word(text, ref i);
            var op = Word(text, ref i);
            var literal = Quoted(text, ref i);
            if (name.Equals("eventTimestamp", StringComparison.OrdinalIgnoreCase) && op is "ge" or "le")
            {
                var at = DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
                    ? t : throw new FormatException($"'{literal}' is not a time.");
                if (op == "ge")
                {
                    start = at;
                }
                else
                {
                    end = at;
                }
            }
            else if (op == "eq" && Fields.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } known && field is null)
            {
                (field, value) = (known, literal);
            }
            else
            {
                throw new FormatException($"The filter condition '{name} {op}' is not supported.");
            }

            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                break;
            }

            if (!Word(text, ref i).Equals("and", StringComparison.Ordinal))
            {
                throw new FormatException("Filter conditions are joined with 'and'.");
            }
        }

        return new ActivityLogFilter(start ?? throw new FormatException("The filter needs 'eventTimestamp ge'."), end, field, value);
    }

    public bool Matches(JsonObject e)
    {
        var at = DateTimeOffset.Parse(e["eventTimestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (at < Start || (End is { } end && at > end))
        {
            return false;
        }

        var actual = Field switch
        {
            "resourceGroupName" => e["resourceGroupName"]?.GetValue<string>(),
            "resourceUri" => e["resourceId"]?.GetValue<string>(),
            "resourceProvider" => e["resourceProviderName"]?["value"]?.GetValue<string>(),
            "correlationId" => e["correlationId"]?.GetValue<string>(),
            _ => null,
        };
        return Field is null || string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase);
    }

    private static string Word(string text, ref int i)
    {
        SkipSpaces(text, ref i);
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i > start ? text[start..i] : throw new FormatException($"A word was expected at {start}.");
    }

    private static string Quoted(string text, ref int i)
    {
        SkipSpaces(text, ref i);
        if (i >= text.Length || text[i] != '\'')
        {
            throw new FormatException($"A quoted value was expected at {i}.");
        }

        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i++;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i]);
        }

        throw new FormatException("An unterminated quoted value.");
    }

    private static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
    }
}
