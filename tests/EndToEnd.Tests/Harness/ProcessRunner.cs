namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>Runs a command to completion with a timeout; on timeout the process tree is killed.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        await using var child = ChildProcess.Start(fileName, arguments, environment, workingDirectory);
        var finished = await child.WaitForExitAsync(timeout, cancellationToken);
        var description = finished
            ? child.Describe()
            : $"TIMED OUT after {timeout.TotalSeconds:0} s and killed:\n{child.Describe()}";
        return new ProcessResult(
            child.HasExited ? child.ExitCode : null,
            !finished,
            child.StandardOutput,
            child.CombinedOutput,
            description);
    }
}
