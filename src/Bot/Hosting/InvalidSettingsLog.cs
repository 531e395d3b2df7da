using Microsoft.Extensions.Options;

namespace SreBot.Bot.Hosting;

/// <summary>
/// What the process says when a setting fails validation at start: which settings and why, one line each on standard error,
/// then exit status 1 — not the runtime's crash report with its stack trace and status 134. Validators name settings and
/// rules, never their values, so nothing secret is written. Standard error rather than the logger: the console logger writes
/// on its own thread and would not flush before the exit.
/// </summary>
public static class InvalidSettingsLog
{
    public const int ExitCode = 1;

    /// <summary>An <see cref="AppDomain.UnhandledException"/> handler: ends the process for an invalid setting, leaves anything else to the runtime.</summary>
    public static void ExitOnInvalidSettings(object? sender, UnhandledExceptionEventArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.ExceptionObject is OptionsValidationException invalid)
        {
            Write(Console.Error, invalid);
            Environment.Exit(ExitCode);
        }
    }

    public static void Write(TextWriter error, OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var failure in exception.Failures.DefaultIfEmpty(exception.Message))
        {
            error.WriteLine($"SreBot will not start: a setting is not valid ({exception.OptionsType.Name}): {failure}");
        }

        error.Flush();
    }
}
