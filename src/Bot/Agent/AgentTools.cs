using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using SreBot.Bot.Agent.External;
using SreBot.Bot.Investigation;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Agent;

/// <summary>
/// Assembles the tools for one turn of one user: the co-hosted server's tools from that user's MCP session (only those
/// the user may see; every one that is not marked read-only needs approval), the deterministic <c>investigate</c>, and
/// tools from <see cref="IAgentToolSource"/>s. No tool can decide approvals or change mode, scope or roles: the MCP server
/// has none, and nothing here adds one.
/// </summary>
public sealed class AgentTools(IEnumerable<IAgentToolSource> sources, ResourceResolver resolver, Investigator investigator, TimeProvider time)
{
    public const string OwnSource = "srebot";
    public const string InvestigateName = "investigate";

    public async Task<AgentToolSet> CreateAsync(McpClient session, CallerIdentity caller, AgentTurnState turn, CancellationToken cancellationToken)
    {
        var offered = new List<AITool>();
        var requestable = new Dictionary<string, UntrustedToolFunction>(StringComparer.Ordinal);
        foreach (var tool in await session.ListToolsAsync(cancellationToken: cancellationToken))
        {
            var mcp = new McpSessionToolFunction(tool, session, turn);
            var wrapped = new UntrustedToolFunction(mcp, $"{OwnSource}:{tool.Name}", turn);
            if (mcp.NeedsApproval)
            {
                requestable[tool.Name] = wrapped;
                offered.Add(new ApprovalRequiredAIFunction(wrapped));
            }
            else
            {
                offered.Add(wrapped);
            }
        }

        offered.Add(new UntrustedToolFunction(Investigate(session, turn), $"{OwnSource}:{InvestigateName}", turn));
        var names = new HashSet<string>(offered.Select(t => t.Name), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var function in await source.GetToolsAsync(caller, cancellationToken))
            {
                if (!names.Add(function.Name))
                {
                    continue; // never shadow one of ours
                }

                // An external write tool is handled like ours: wrapped as approval-required, and when the model asks for it
                // the loop submits it through the call path, which makes it a pending approval in the engine or refuses it.
                var wrapped = new UntrustedToolFunction(function, $"external:{function.Name}", turn);
                if (function is ExternalMcpFunction { Tool.IsWrite: true } or ApprovalRequiredAIFunction)
                {
                    requestable[function.Name] = wrapped;
                    offered.Add(new ApprovalRequiredAIFunction(wrapped));
                }
                else
                {
                    offered.Add(wrapped);
                }
            }
        }

        return new AgentToolSet(offered, requestable);
    }

    private AIFunction Investigate(McpClient session, AgentTurnState turn)
        => AIFunctionFactory.Create(
            async ([Description("Resource name (e.g. app-checkout-api) or full ARM resource id.")] string resource, CancellationToken cancellationToken) =>
            {
                var resolved = await resolver.ResolveAsync(session, resource, turn.Recorder, cancellationToken);
                if (resolved.Id is null)
                {
                    return JsonSerializer.SerializeToElement(new { problem = resolved.Problem });
                }

                var result = await investigator.InvestigateAsync(session, resolved, time.GetUtcNow(), turn.Recorder, cancellationToken);
                return result.Summary is null
                    ? JsonSerializer.SerializeToElement(new { problem = result.Problem })
                    : JsonSerializer.SerializeToElement(result.Summary, JsonSerializerOptions.Web);
            },
            InvestigateName,
            "Runs SreBot's deterministic investigation of one resource: health, metrics, error logs and recent changes through the analyzers, "
            + "and returns findings with evidence and a suggested remediation when one is known. Use this first for 'why is X slow/failing'.");
}
