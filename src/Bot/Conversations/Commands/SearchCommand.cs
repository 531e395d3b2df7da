using System.Text;
using SreBot.Shared.Identity;
using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>search &lt;query&gt;</c>: the best passages of the knowledge documents (runbooks, post-mortems), as plain text.</summary>
public sealed class SearchCommand(KnowledgeLibrary knowledge) : IChatCommandHandler
{
    public const int MaxResults = 3;
    public const int MaxShownCharacters = 400;

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Search];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        if (!caller.Identity.HasAnyRole(Roles.Investigators))
        {
            await turn.SendTextAsync($"Searching knowledge needs one of the roles {string.Join(", ", Roles.Investigators)}.", cancellationToken);
            return;
        }

        var passages = await knowledge.SearchAsync(command.Argument!, MaxResults, cancellationToken);
        if (passages.Count == 0)
        {
            await turn.SendTextAsync("No knowledge document matches that.", cancellationToken);
            return;
        }

        var reply = new StringBuilder("From the knowledge documents:");
        foreach (var passage in passages)
        {
            // Passages are stored with their secrets redacted (KnowledgeLibrary.AddAsync).
            var text = passage.Text.Length > MaxShownCharacters ? $"{passage.Text[..MaxShownCharacters]}…" : passage.Text;
            reply.Append($"\n\n{passage.DocumentName} (passage {passage.Position}{(passage.Heading is null ? string.Empty : $", {passage.Heading}")}):\n{text}");
        }

        await turn.SendTextAsync(reply.ToString(), cancellationToken);
    }
}
