using SreBot.Bot.Investigation;

namespace SreBot.Bot.Agent;

/// <summary>What the tools of one turn share: the budget, the trace recorder and the sources whose output looked like instructions.</summary>
public sealed class AgentTurnState(TurnBudget budget, ToolCallRecorder recorder)
{
    private readonly HashSet<string> _suspicious = new(StringComparer.Ordinal);

    public TurnBudget Budget { get; } = budget;

    public ToolCallRecorder Recorder { get; } = recorder;

    private readonly List<string> _approvals = [];

    public IReadOnlyCollection<string> SuspiciousTools => _suspicious;

    /// <summary>Approval requests the turn's write-tool calls created in the engine, in order.</summary>
    public IReadOnlyList<string> PendingApprovals => _approvals;

    public void AddPendingApproval(string approvalId)
    {
        lock (_approvals)
        {
            _approvals.Add(approvalId);
        }
    }

    public void FlagSuspicious(string tool)
    {
        lock (_suspicious)
        {
            _suspicious.Add(tool);
        }
    }
}
