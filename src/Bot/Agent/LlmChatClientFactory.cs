using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using SreBot.Bot.Agent.Storage;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Agent;

/// <summary>
/// The <see cref="IChatClient"/> pipeline of one turn: function invocation (at most the turn's tool calls), the turn's
/// token budget, OpenTelemetry (message content only with <c>Privacy:StorePrompts</c>) and logging, over one shared
/// client for the configured service: Azure OpenAI with an <c>Azure.Identity</c> credential, or an OpenAI-compatible
/// endpoint with an optional key. HTTP goes through the named client <see cref="HttpClientName"/>.
/// </summary>
public sealed class LlmChatClientFactory
{
    public const string HttpClientName = "Llm";
    public const string TelemetrySource = "SreBot.Llm";

    private readonly LlmOptions _options;
    private readonly bool _storePrompts;
    private readonly ILoggerFactory _loggers;
    private readonly ILlmUsageStore _usage;
    private readonly TimeProvider _time;
    private readonly Lazy<IChatClient> _client;

    public LlmChatClientFactory(
        IOptions<LlmOptions> options, IOptions<PrivacyOptions> privacy, TokenCredential credential, IHttpClientFactory http, ILoggerFactory loggers, ILlmUsageStore usage, TimeProvider time)
    {
        _options = options.Value;
        _storePrompts = privacy.Value.StorePrompts;
        _loggers = _storePrompts ? loggers : new ContentFreeLoggerFactory(loggers);
        _usage = usage;
        _time = time;
        _client = new Lazy<IChatClient>(() => CreateServiceClient(_options, credential, http.CreateClient(HttpClientName)));
    }

    public IChatClient CreateForTurn(AgentTurnState turn)
        => new ChatClientBuilder(_client.Value)
            .UseFunctionInvocation(_loggers, f =>
            {
                f.MaximumIterationsPerRequest = _options.MaxToolCallsPerTurn + 1;
                f.AllowConcurrentInvocation = false;
                f.IncludeDetailedErrors = false;
            })
            .Use(inner => new BudgetChatClient(inner, turn.Budget, _usage, _time))
            .Use(inner => new UnknownToolCallRecorder(inner, turn))
            .UseOpenTelemetry(_loggers, TelemetrySource, t => t.EnableSensitiveData = _storePrompts)
            .UseLogging(_loggers)
            .Build();

    /// <summary>The client for the configured service, without the per-turn layers.</summary>
    public static IChatClient CreateServiceClient(LlmOptions options, TokenCredential credential, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transport = new HttpClientPipelineTransport(http);
        var networkTimeout = TimeSpan.FromSeconds(options.TurnTimeoutSeconds); // the SDK's default (100 s) would cut slow local models short
        return options.Kind switch
        {
            LlmKind.AzureOpenAI => new AzureOpenAIClient(options.Endpoint!, credential, new AzureOpenAIClientOptions { Transport = transport, NetworkTimeout = networkTimeout })
                .GetChatClient(options.Model!)
                .AsIChatClient(),
            LlmKind.OpenAICompatible => new OpenAIClient(
                    new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey),
                    new OpenAIClientOptions { Endpoint = options.Endpoint, Transport = transport, NetworkTimeout = networkTimeout })
                .GetChatClient(options.Model!)
                .AsIChatClient(),
            _ => throw new InvalidOperationException("No language model is configured (Llm:Kind)."),
        };
    }
}
