using SreBot.Bot.Conversations;
using System.Text.Json;
using SreBot.Shared.Serialization;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Investigation;

/// <summary>
/// Collects the steps of one investigation: each tool call made through <see cref="ToolAnswer.CallAsync(ModelContextProtocol.Client.McpClient, string, IReadOnlyDictionary{string, object?}, ToolCallRecorder?, CancellationToken)"/>,
/// in call order, with canonical arguments, a high-resolution duration (<see cref="TimeProvider.GetTimestamp"/>, a
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp on the system clock) and a short summary of the answer's shape.
/// Not thread-safe: one recorder per investigation, whose calls run one after another.
/// </summary>
public sealed class ToolCallRecorder(TimeProvider time)
{
    private const int MaxStringShown = 64;

    private readonly List<TraceStep> _steps = [];

    public IReadOnlyList<TraceStep> Steps => _steps;

    public long Start() => time.GetTimestamp();

    public void Record(string tool, IReadOnlyDictionary<string, object?> arguments, long started, ToolAnswer answer)
        => _steps.Add(new TraceStep(tool, Canonical(arguments), Elapsed(started), answer.Succeeded, TraceStep.Shorten(Summarize(answer))));

    public void RecordFailure(string tool, IReadOnlyDictionary<string, object?> arguments, long started, Exception exception)
        => _steps.Add(new TraceStep(tool, Canonical(arguments), Elapsed(started), false, $"The call failed ({exception.GetType().Name})."));

    private double Elapsed(long started) => Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3);

    private static string Canonical(IReadOnlyDictionary<string, object?> arguments)
        => CanonicalJson.Write(arguments.Select(a => KeyValuePair.Create(a.Key, JsonSerializer.SerializeToElement(a.Value))));

    /// <summary>
    /// Never the raw output: for a refusal or error, its (already redacted) message; for a result, the size of each
    /// top-level list and the short top-level values (numbers, flags, short words such as a health state).
    /// </summary>
    private static string Summarize(ToolAnswer answer)
    {
        if (!answer.Succeeded)
        {
            return answer.Text;
        }

        if (answer.Result is not { ValueKind: JsonValueKind.Object } result)
        {
            return "ok";
        }

        var parts = new List<string>();
        foreach (var property in result.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Array:
                    parts.Add($"{property.Name}: {value.GetArrayLength()}");
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    parts.Add($"{property.Name}={value.GetRawText()}");
                    break;
                case JsonValueKind.String when value.GetString() is { Length: <= MaxStringShown } text && !text.Contains('@', StringComparison.Ordinal):
                    parts.Add($"{property.Name}={text}");
                    break;
            }
        }

        return parts.Count == 0 ? "ok" : "ok; " + string.Join(", ", parts);
    }
}
