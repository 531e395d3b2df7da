using System.Text;
using SreBot.McpServer.InProcess;
using SreBot.McpServer.Tools.Knowledge;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>search &lt;query&gt;</c>: the best passages of the knowledge documents (runbooks, post-mortems), as plain text. The search
/// is the <c>knowledge_search</c> tool, called through the caller's MCP session: the same role check, query limit and audit
/// record as an IDE's call.
/// </summary>
public sealed class SearchCommand(InProcessMcpSessions sessions) : IChatCommandHandler
{
    public const int MaxResults = 3;
    public const int MaxShownCharacters = 400;

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Search];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var answer = await ToolAnswer.CallAsync(
            session.Client, KnowledgeSearchTool.Name, new Dictionary<string, object?> { ["query"] = command.Argument, ["limit"] = MaxResults }, cancellationToken);
        if (!answer.Succeeded)
        {
            await turn.SendTextAsync(answer.Text, cancellationToken);
            return;
        }

        var passages = answer.ResultAs<KnowledgeSearchResult>().Passages;
        if (passages.Count == 0)
        {
            await turn.SendTextAsync("No knowledge document matches that.", cancellationToken);
            return;
        }

        var reply = new StringBuilder("From the knowledge documents:");
        foreach (var passage in passages)
        {
            var text = passage.Text.Length > MaxShownCharacters ? $"{passage.Text[..MaxShownCharacters]}…" : passage.Text;
            reply.Append($"\n\n{passage.DocumentName} (passage {passage.Position}{(passage.Heading is null ? string.Empty : $", {passage.Heading}")}):\n{text}");
        }

        await turn.SendTextAsync(reply.ToString(), cancellationToken);
    }
}
