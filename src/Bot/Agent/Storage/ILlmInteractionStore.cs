using SreBot.Shared.Privacy;

namespace SreBot.Bot.Agent.Storage;

/// <summary>
/// The content of LLM interactions, kept only when <c>Privacy:StorePrompts</c> is on. Its rows go with their thread
/// and with their user's export (oldest first) and erasure (<see cref="IPersonalDataSource"/>).
/// </summary>
public interface ILlmInteractionStore : IPersonalDataSource
{
    Task SaveAsync(LlmInteraction interaction, CancellationToken cancellationToken);
}
