using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Agent;
using SreBot.Bot.Auth.EntraRoles;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Conversations.Commands;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;
using SreBot.Shared.Privacy;
using SreBot.Shared.Redaction;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Routes one activity (named after the Agents SDK's activity handler): messages to chat commands, card actions to
/// <see cref="CardActionHandler"/>, installs to a welcome. Every message is recorded in its thread; personal chats and team
/// channels are remembered for proactive messages. What the person typed is
/// redacted once, as it comes in: the thread, the commands (a reason, a memory, a search), the cards and the agent only
/// ever see the redacted text.
/// </summary>
public sealed class SreBotActivityHandler(
    ChatIdentityResolver identities,
    IEnumerable<IChatCommandHandler> handlers,
    CardActionHandler cardActions,
    ConversationSender sender,
    IConversationStore conversations,
    AgentConversation agent,
    IOptions<LlmOptions> llm,
    IOptions<PrivacyOptions> privacy,
    EntraRoleDirectory entraRoles,
    IOptions<BotOptions> botOptions,
    AgentAdministration administration,
    AnswerFeedback feedback,
    TimeProvider time)
{
    /// <summary>What the thread records for the welcome card.</summary>
    public const string WelcomeSummary = "welcome";

    private readonly Dictionary<string, IChatCommandHandler> _handlers = handlers
        .SelectMany(h => h.Names.Select(name => KeyValuePair.Create(name, h)))
        .ToDictionary(StringComparer.Ordinal);

    /// <returns>The invoke response for invokes; null for everything else (answered with 200).</returns>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Text is { } typed)
        {
            activity = activity with { Text = SecretRedactor.Redact(typed) };
        }

        var conversation = new ConversationReference(activity.ChannelId!, activity.ServiceUrl!, activity.Conversation!.Id, activity.Conversation.ConversationType, activity.Conversation.TenantId);
        // A team channel SreBot is installed in or spoken to in is remembered, so it can be posted to later.
        if (TeamsChannelData.ChannelOf(activity) is { } channel)
        {
            await conversations.RememberChannelConversationAsync(channel, cancellationToken);
        }

        var caller = await identities.ResolveAsync(activity, cancellationToken);
        if (caller is not null)
        {
            await conversations.RememberUserAsync(new ChatUser(caller.Identity.UserId, caller.ChannelAccountId, caller.Name), time.GetUtcNow(), cancellationToken);
            if (string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
            {
                await conversations.RememberPersonalConversationAsync(caller.Identity.UserId, conversation, cancellationToken);
            }
        }

        var turn = new TurnContext(activity, caller, conversation, sender, time);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                return await cardActions.HandleAsync(turn, cancellationToken);
            case ActivityTypes.Invoke when activity.Name == AnswerFeedback.InvokeName:
                return await feedback.HandleAsync(turn, cancellationToken);
            case ActivityTypes.Invoke:
                return new InvokeResponse(501, null);
            // Teams also sends installationUpdate on install; welcoming on both would say hello twice.
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await WelcomeAsync(turn, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    // One welcome per install: Teams sends conversationUpdate (bot in membersAdded) once per personal chat, group chat or team.
    private async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var kind = turn.Conversation.ConversationType?.ToLowerInvariant() switch
        {
            "personal" => WelcomeConversation.Personal,
            "groupchat" => WelcomeConversation.GroupChat,
            _ => WelcomeConversation.Team,
        };
        var state = await administration.GetStateAsync(cancellationToken);
        var card = WelcomeCard.Create(kind, state.Mode, llm.Value.IsConfigured, kind == WelcomeConversation.Team ? TeamsChannelData.TeamNameOf(turn.Activity) : null);
        await turn.SendCardAsync(card.ToJsonElement(), WelcomeSummary, cancellationToken);
    }

    // Names what they lack and who can grant it: the Entra app role when roles come from Entra, else the local table.
    private string NoRoleMessage(ChatCaller caller)
        => entraRoles.IsConfigured && !botOptions.Value.IsLocalMode
            ? $"You have no SreBot role, so SreBot cannot act for you. You need the '{Roles.Reader}' role to investigate ('{Roles.Operator}' to request changes, '{Roles.Approver}' to decide them): ask your Entra admin to assign you that app role on SreBot's enterprise application, or a SreBot admin to run: role {caller.Identity.UserId} {Roles.Reader}"
            : $"You have no SreBot role yet, so SreBot cannot act for you. You need the '{Roles.Reader}' role to investigate: ask a SreBot admin to run: role {caller.Identity.UserId} {Roles.Reader}";

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text ?? string.Empty;
        var command = CommandParser.Parse(text);
        var freeForm = llm.Value.IsConfigured && !_handlers.ContainsKey(command.Name);
        await conversations.RecordMessageAsync(
            turn.Conversation,
            new ChatMessage(
                turn.Caller?.Identity.UserId ?? turn.Activity.From?.Id ?? "unknown", turn.Activity.From?.Name, "in", time.GetUtcNow(),
                freeForm && !privacy.Value.StorePrompts ? AgentConversation.QuestionPlaceholder : text),
            cancellationToken);

        if (turn.Caller is not { } caller)
        {
            await turn.SendTextAsync("I can't tell who you are: the message carries no Entra object id. Talk to me from Microsoft Teams.", cancellationToken);
            return;
        }

        // Anyone SreBot has seen may get their data out or erased, with or without a role.
        if (caller.Identity.Roles.Count == 0 && command.Name is not (ChatCommand.ExportMyData or ChatCommand.ForgetMe))
        {
            await turn.SendTextAsync(caller.RolesUnavailable ?? NoRoleMessage(caller), cancellationToken);
            return;
        }

        if (_handlers.TryGetValue(command.Name, out var handler))
        {
            await handler.HandleAsync(turn, caller, command, cancellationToken);
            return;
        }

        if (freeForm)
        {
            await agent.AnswerAsync(turn, caller, text.Trim(), cancellationToken);
            return;
        }

        await turn.SendTextAsync(command.Argument is ChatCommand.Restart or ChatCommand.Scale
            ? "Say it like this: 'restart <resource> because <reason>' or 'scale <resource> to <n> because <reason>'."
            : "I didn't understand that, and no LLM is configured (Llm section) to answer free-form questions. Try 'investigate <resource>', or type 'help' to see what I can do.", cancellationToken);
    }
}
