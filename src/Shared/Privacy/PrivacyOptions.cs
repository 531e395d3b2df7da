namespace SreBot.Shared.Privacy;

/// <summary>What SreBot may keep of conversations with the language model (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Opt-in: keep free-form questions and the model's answers (thread messages, the <c>llm_interactions</c> table) and let
    /// telemetry and logs carry message content. Off: only placeholders and counts are kept anywhere.
    /// </summary>
    public bool StorePrompts { get; set; }
}
