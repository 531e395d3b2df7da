namespace SreBot.Shared.Estate;

public enum LogSeverity
{
    Verbose,
    Information,
    Warning,
    Error,
    Critical,
}
