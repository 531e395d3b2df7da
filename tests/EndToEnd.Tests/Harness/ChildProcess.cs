using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// A process started by a test: standard input closed, standard output and error captured for
/// assertion messages, and the whole process tree killed on dispose.
/// </summary>
public sealed partial class ChildProcess : IAsyncDisposable
{
    private const int MaxCapturedChars = 4 * 1024 * 1024;

    private readonly Process process;
    private readonly Task exited;
    private readonly object gate = new();
    private readonly StringBuilder standardOutput = new();
    private readonly StringBuilder combinedOutput = new();
    private bool truncated;
    private TaskCompletionSource outputChanged = NewSignal();

    private ChildProcess(Process process, string commandLine)
    {
        this.process = process;
        CommandLine = commandLine;
        process.OutputDataReceived += (_, e) => Append(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Append(e.Data, isError: true);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {commandLine}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Completes when the process has exited and both output pipes have reached end of file.
        exited = process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>The command as it would be typed, for messages.</summary>
    public string CommandLine { get; }

    /// <summary>Completes when the process has exited and its output is fully captured.</summary>
    public Task Exited => exited;

    public bool HasExited => exited.IsCompleted;

    public int ExitCode => process.ExitCode;

    public int Id => process.Id;

    /// <summary>Everything written to standard output so far, one line per line.</summary>
    public string StandardOutput
    {
        get
        {
            lock (gate)
            {
                return standardOutput.ToString();
            }
        }
    }

    /// <summary>Standard output and error interleaved as received; error lines are prefixed with "[stderr] ".</summary>
    public string CombinedOutput
    {
        get
        {
            lock (gate)
            {
                return truncated ? combinedOutput + "[output truncated]\n" : combinedOutput.ToString();
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for <see cref="CombinedOutput"/> (checked on every new line) or the process exits.</summary>
    /// <returns>True when the condition held; false when the process exited without it.</returns>
    public async Task<bool> WaitForOutputAsync(Func<string, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                changed = outputChanged.Task;
            }

            if (condition(CombinedOutput))
            {
                return true;
            }

            if (HasExited)
            {
                return condition(CombinedOutput);
            }

            await Task.WhenAny(changed, exited).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Starts a process with the given arguments (no shell involved).</summary>
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? ToolPaths.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Plain text in captured output, whatever the terminal of the test run.
        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["FORCE_COLOR"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(key);
            }
            else
            {
                startInfo.Environment[key] = value;
            }
        }

        var commandLine = string.Join(' ', new[] { fileName }.Concat(startInfo.ArgumentList).Select(Quote));
        return new ChildProcess(new Process { StartInfo = startInfo }, commandLine);
    }

    /// <summary>Kills the process and all its descendants; harmless when it has already exited.</summary>
    public void KillTree()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It exited while its tree was being walked.
        }
    }

    /// <summary>Waits for exit; on timeout kills the tree and returns false.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await exited.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            KillTree();
            await WaitAfterKillAsync();
            return false;
        }
        catch (OperationCanceledException)
        {
            KillTree();
            await WaitAfterKillAsync();
            throw;
        }
    }

    /// <summary>The command, its exit state and the last part of its output, for assertion messages.</summary>
    public string Describe(int maxChars = 20_000)
    {
        var state = HasExited ? $"exit code {ExitCode}" : "still running";
        var output = CombinedOutput;
        if (output.Length > maxChars)
        {
            // Keep the start (how it began) and the end (how it ended).
            var head = maxChars / 4;
            output = $"{output[..head]}\n[... {output.Length - maxChars} characters ...]\n{output[^(maxChars - head)..]}";
        }

        return Redact($"$ {CommandLine}\n({state})\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        KillTree();
        await WaitAfterKillAsync();
        process.Dispose();
    }

    private async Task WaitAfterKillAsync()
    {
        try
        {
            await exited.WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            // A descendant that escaped the tree still holds an output pipe; nothing more to do.
        }
    }

    private void Append(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        // Some tools colour their output whatever NO_COLOR says; assertion messages want plain text.
        line = AnsiEscape().Replace(line, string.Empty);

        lock (gate)
        {
            if (combinedOutput.Length + standardOutput.Length > MaxCapturedChars)
            {
                truncated = true;
                return;
            }

            if (!isError)
            {
                standardOutput.Append(line).Append('\n');
            }

            combinedOutput.Append(isError ? "[stderr] " : string.Empty).Append(line).Append('\n');
            outputChanged.TrySetResult();
            outputChanged = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Hides bearer tokens in text meant for test output.</summary>
    public static string Redact(string text) => BearerToken().Replace(text, "Bearer [redacted]");

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-_.~+/]+=*")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || "-_./:=@,+".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
