using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Connector;

/// <summary>
/// The outbound half of the activity protocol: replies, card updates and proactive messages to a conversation's
/// <c>serviceUrl</c> (<c>/v3/conversations/{id}/activities[/{activityId}]</c>). Only allowed service URLs are ever called
/// (in local mode only the configured loopback connector, <c>Bot:LocalServiceUrls</c>), and with an app id every request carries a token for the Bot Connector from SreBot's
/// own Azure identity. Retries with jitter on 429/5xx, honouring Retry-After, come from the HTTP client's resilience handler.
/// </summary>
public sealed class BotConnectorClient(HttpClient http, IOptions<BotOptions> options, ServiceUrlPolicy serviceUrls, TokenCredential credential)
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Posts an activity to the conversation (as a reply when <paramref name="replyToId"/> is given); returns the new activity's id.</summary>
    public async Task<string?> SendAsync(ConversationReference conversation, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/activities" + (replyToId is null ? string.Empty : $"/{Uri.EscapeDataString(replyToId)}");
        using var response = await SendAsync(HttpMethod.Post, conversation, path, activity, cancellationToken);
        // 201 carries {"id": …}; typing indicators and some channels answer 200/202 with an empty body.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>Replaces an activity the bot sent earlier (e.g. an approval card after its decision).</summary>
    public async Task UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversation.ConversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var response = await SendAsync(HttpMethod.Put, conversation, path, activity with { Id = activityId }, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, ConversationReference conversation, string path, Activity activity, CancellationToken cancellationToken)
    {
        if (!IsAllowed(conversation.ServiceUrl))
        {
            throw new InvalidOperationException("The conversation's serviceUrl is not an allowed Bot Connector service; nothing was sent.");
        }

        var baseUri = new Uri(conversation.ServiceUrl.EndsWith('/') ? conversation.ServiceUrl : conversation.ServiceUrl + "/");
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path)) { Content = JsonContent.Create(activity, options: Json) };
        if (!options.Value.IsLocalMode)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new HttpRequestException($"The Bot Connector answered {(int)status} ({status}).", null, status);
        }

        return response;
    }

    private bool IsAllowed(string serviceUrl)
        => serviceUrls.IsAllowed(serviceUrl) && (!options.Value.IsLocalMode || LoopbackAddresses.IsLoopbackUrl(serviceUrl));
}
