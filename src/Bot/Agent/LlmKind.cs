namespace SreBot.Bot.Agent;

/// <summary>Which kind of chat-completions service the <c>Llm</c> section points at.</summary>
public enum LlmKind
{
    /// <summary>Nothing configured: no language model; free-form questions are not answered.</summary>
    None,

    /// <summary>Azure OpenAI, authenticated with an <c>Azure.Identity</c> credential (managed identity); never an API key.</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible endpoint by URL (Ollama, llama.cpp server, vLLM), with an optional key.</summary>
    OpenAICompatible,
}
