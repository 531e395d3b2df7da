using System.Net.Http.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Agent;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent;

/// <summary>
/// The Azure OpenAI kind, for real: <c>Azure.AI.OpenAI</c>'s client (as resolved here, against the OpenAI package that
/// Microsoft.Extensions.AI.OpenAI pulls in) sends a chat completion over https to a loopback server with the managed
/// identity's bearer token to the deployment's path — and never an api-key.
/// </summary>
public sealed class AzureOpenAIKindTests
{
    [Fact]
    public async Task AzureKind_RunsAToolCallingTurn_OverHttps_WithTheCredentialsBearerToken_AndNoKey()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var model = await ScriptedLlmServer.StartAsync(certificate);
        await using var connector = await ConnectorRecorder.StartAsync();
        model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }))
            .Then(ScriptedReply.Text("Hello from the Azure deployment."));
        using var app = new SreBotApp(
            new Dictionary<string, string?>
            {
                ["Llm:Kind"] = "AzureOpenAI",
                ["Llm:Endpoint"] = model.BaseUrl,
                ["Llm:Model"] = "gpt-4o-deployment",
                ["Bot:LocalServiceUrls:0"] = connector.ServiceUrl,
            },
            services: s =>
            {
                s.AddSingleton<TokenCredential>(new FixedCredential());
                s.AddHttpClient(LlmChatClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
                });
            });

        await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(connector.ServiceUrl, "hello, who are you?"), TestContext.Token);

        var reply = await connector.NextAsync(a => a.Type == "message" && a.Text != AgentConversation.Progress);
        Assert.StartsWith("Hello from the Azure deployment.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, model.Requests.Count);
        Assert.All(model.Requests, request =>
        {
            Assert.Equal("/openai/deployments/gpt-4o-deployment/chat/completions", request.Path);
            Assert.Equal("Bearer token-from-managed-identity", request.Authorization);
            Assert.Equal(string.Empty, request.ApiKey);
        });
        Assert.Contains("srebot:resource_health_get", model.Requests.Last().ToolMessages.Single(), StringComparison.Ordinal);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], FixedCredential.Scopes);
    }

    [Theory]
    [InlineData("AzureOpenAI", null, "gpt-4o", null, "Llm:Endpoint must be an absolute http(s) URL")]
    [InlineData("AzureOpenAI", "http://example.openai.azure.com/", "gpt-4o", null, "must use https for AzureOpenAI")]
    [InlineData("AzureOpenAI", "https://example.openai.azure.com/", "gpt-4o", "sk-secret", "Llm:ApiKey is not used for AzureOpenAI")]
    [InlineData("OpenAICompatible", "http://127.0.0.1:11434/v1", null, null, "Llm:Model must name the model")]
    [InlineData(null, "http://127.0.0.1:11434/v1", "llama3", null, "set Llm:Kind")]
    public void HalfConfiguredLlm_FailsAtStart_WithAClearMessage(string? kind, string? endpoint, string? model, string? key, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Llm:Kind"] = kind, ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model, ["Llm:ApiKey"] = key };
        using var app = new SreBotApp(settings.Where(s => s.Value is not null).ToDictionary());

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Stands in for SreBot's managed identity, which only exists in Azure.</summary>
    private sealed class FixedCredential : TokenCredential
    {
        public static IReadOnlyList<string> Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new("token-from-managed-identity", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
