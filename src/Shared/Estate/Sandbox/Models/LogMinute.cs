using System.Globalization;
using System.Text;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>Deterministic building blocks for the log lines of one resource in one minute: timestamps, picks and ids.</summary>
internal sealed class LogMinute(string resource, DateTimeOffset minute)
{
    public DateTimeOffset Minute => minute;

    public double Unit(string purpose, int index = 0) => StableNoise.Unit(resource, purpose, minute, index);

    public int Between(int min, int max, string purpose, int index = 0) => min + (int)(Unit(purpose, index) * (max - min + 1));

    /// <summary>A whole number of lines that averages <paramref name="expected"/> over many minutes.</summary>
    public int Count(double expected, string purpose) => StableNoise.Count(expected, resource, purpose, minute);

    public T Pick<T>(IReadOnlyList<T> items, string purpose, int index = 0) => items[StableNoise.Pick(items.Count, resource, purpose, minute, index)];

    public string Hex(int length, string purpose, int index = 0)
    {
        var text = new StringBuilder(length + 16);
        for (var part = 0; text.Length < length; part++)
        {
            text.Append(StableNoise.Hash(resource, purpose, minute, (index * 16L) + part).ToString("x16", CultureInfo.InvariantCulture));
        }

        return text.ToString(0, length);
    }

    public string Guid(string purpose, int index = 0)
    {
        var hex = Hex(32, purpose, index);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>A route template with each <c>{placeholder}</c> replaced by an id, e.g. <c>GET /api/cart/3fa9c2d1</c>.</summary>
    public string Route(string template, string purpose, int index = 0)
    {
        var text = new StringBuilder(template.Length);
        var position = 0;
        for (var open = template.IndexOf('{', StringComparison.Ordinal); open >= 0; open = template.IndexOf('{', position))
        {
            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position).Append(Hex(8, purpose, index));
            position = close + 1;
        }

        return text.Append(template, position, template.Length - position).ToString();
    }

    /// <summary>A line at a deterministic second within the minute.</summary>
    public LogEntry Entry(string purpose, int index, LogSeverity level, string source, string message)
        => new(minute + TimeSpan.FromMilliseconds(Math.Floor(Unit(purpose + "@", index) * 60_000)), level, message, source);
}
