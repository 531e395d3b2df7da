namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>The outcome of a process run to completion (or killed at its timeout).</summary>
/// <param name="Description">The command, exit state and output, ready for an assertion message.</param>
public sealed record ProcessResult(int? ExitCode, bool TimedOut, string StandardOutput, string CombinedOutput, string Description)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
