namespace SreBot.Shared.Estate.Sandbox;

/// <summary>
/// A log line of your own that the sandbox writes into a resource's logs alongside the simulated ones
/// (an entry of <c>Estate:Sandbox:ExtraLogLines</c>), to rehearse with lines you have seen in production.
/// </summary>
public sealed class SandboxLogLine
{
    public const int MaxMessageLength = 2_000;

    /// <summary>The log retention, 30 days.</summary>
    public const int MaxMinutesAgo = 30 * 24 * 60;

    /// <summary>The <see cref="LogEntry.Source"/> of these lines.</summary>
    public const string Source = "ExtraLogLines";

    /// <summary>The name of the sandbox resource whose logs carry the line, e.g. <c>app-checkout-api</c>.</summary>
    public string Resource { get; set; } = string.Empty;

    /// <summary>One of <see cref="LogSeverity"/>: Verbose, Information, Warning, Error or Critical.</summary>
    public string Level { get; set; } = nameof(LogSeverity.Information);

    public string Message { get; set; } = string.Empty;

    /// <summary>
    /// How many minutes before the current one the line was written (0: at the start of the current minute); the line
    /// moves with the clock like the rest of the sandbox.
    /// </summary>
    public int MinutesAgo { get; set; }

    /// <summary>A level by name, ignoring case; numbers are not accepted.</summary>
    public static bool TryParseLevel(string? level, out LogSeverity severity)
    {
        severity = default;
        var name = Enum.GetNames<LogSeverity>().FirstOrDefault(n => string.Equals(n, level?.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out severity);
    }
}
