namespace SreBot.FakeAzure;

/// <summary>One long-running operation the fake answered 202 for: its polls, and the change it applies once when it succeeds.</summary>
internal sealed class FakePendingOperation(string id, FakeLongRunning script, string target, Action? apply)
{
    private readonly Lock gate = new();
    private int polls;
    private bool applied;

    public string Id { get; } = id;

    public FakeLongRunning Script { get; } = script;

    /// <summary>The resource (or revision) the operation acts on.</summary>
    public string Target { get; } = target;

    /// <summary>Answers one poll: InProgress until the scripted count is used up, then the final state (applying the change once).</summary>
    public string Poll()
    {
        lock (gate)
        {
            if (polls < Script.InProgressPolls)
            {
                polls++;
                return "InProgress";
            }

            if (Script.Fails)
            {
                return "Failed";
            }

            if (!applied)
            {
                applied = true;
                apply?.Invoke();
            }

            return "Succeeded";
        }
    }
}
