namespace SreBot.Bot.Agent;

/// <summary>
/// The language model behind free-form questions (section <c>Llm</c>). Nothing configured means no model: SreBot still
/// answers its commands and investigates deterministically.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public LlmKind Kind { get; set; } = LlmKind.None;

    /// <summary>The service's base URL: <c>https://NAME.openai.azure.com/</c>, or e.g. <c>http://127.0.0.1:11434/v1</c> for Ollama.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name; for Azure OpenAI the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Only for OpenAI-compatible endpoints that want one, and only from the environment (<c>Llm__ApiKey</c>) or user
    /// secrets, never from appsettings. Azure OpenAI is always reached with a managed identity.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Tool calls the model may make in one turn; past it the turn stops with a clear message.</summary>
    public int MaxToolCallsPerTurn { get; set; } = 12;

    /// <summary>Input plus output tokens one turn may use.</summary>
    public int MaxTokensPerTurn { get; set; } = 60_000;

    /// <summary>Input plus output tokens one user may use per UTC day (kept in the database, so it survives restarts).</summary>
    public int MaxTokensPerUserPerDay { get; set; } = 500_000;

    /// <summary>Wall-clock limit of one turn.</summary>
    public int TurnTimeoutSeconds { get; set; } = 120;

    /// <summary>After this long, the user is told the turn is still running.</summary>
    public int ProgressAfterSeconds { get; set; } = 5;

    public bool IsConfigured => Kind != LlmKind.None;

    /// <summary>"AzureOpenAI model gpt-4o at https://…" for help and logs (never the key).</summary>
    public string Describe() => IsConfigured ? $"{Kind} model {Model} at {Endpoint?.GetLeftPart(UriPartial.Authority)}" : "none";
}
