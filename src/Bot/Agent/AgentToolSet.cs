using Microsoft.Extensions.AI;

namespace SreBot.Bot.Agent;

/// <summary>
/// The tools of one turn: what the model is offered, and the write tools (SreBot's own and external ones) the loop itself may submit when the model asks
/// for one that needs approval (the call path then makes it a pending approval or refuses it — it never just runs).
/// </summary>
public sealed record AgentToolSet(IReadOnlyList<AITool> Offered, IReadOnlyDictionary<string, UntrustedToolFunction> ApprovalRequestable);
