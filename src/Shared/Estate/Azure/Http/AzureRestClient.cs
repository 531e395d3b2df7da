using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>
/// One Azure REST endpoint (ARM or Log Analytics) over Azure.Core's pipeline: a bearer token for the endpoint's audience,
/// retries of 429 (honouring <c>Retry-After</c>) and transient 5xx with jitter, a bounded network timeout, and the caller's
/// token cancelling the request. Every failure leaves as an <see cref="EstateException"/> from <see cref="AzureErrorMapper"/>.
/// </summary>
internal sealed class AzureRestClient
{
    private const int MaxPages = 200;
    private const int MaxHeaderChars = 2_048;
    private readonly HttpPipeline pipeline;

    public AzureRestClient(Uri endpoint, string audience, TokenCredential credential, AzureEstateOptions options)
    {
        Endpoint = endpoint;
        pipeline = HttpPipelineBuilder.Build(new AzureRestClientOptions(options), new BearerTokenAuthenticationPolicy(credential, audience));
    }

    public Uri Endpoint { get; }

    /// <summary>GET <paramref name="pathAndQuery"/> (relative to the endpoint) and parse the JSON answer.</summary>
    public Task<JsonDocument> GetAsync(string pathAndQuery, AzureCall call, CancellationToken cancellationToken)
        => SendAsync(RequestMethod.Get, new Uri(Endpoint, pathAndQuery), null, call, cancellationToken);

    /// <summary>Sends a request and parses the JSON answer (an empty answer parses as <c>{}</c>).</summary>
    public async Task<JsonDocument> SendAsync(RequestMethod method, Uri uri, BinaryData? body, AzureCall call, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, uri, body, call, cancellationToken);
        return Parse(response);
    }

    /// <summary>Sends a request and returns the successful response (the caller disposes it); failures throw the mapped estate error.</summary>
    public Task<Response> SendRawAsync(RequestMethod method, Uri uri, BinaryData? body, AzureCall call, CancellationToken cancellationToken)
        => SendRawAsync(method, uri, body, call, null, cancellationToken);

    /// <summary>
    /// As <see cref="SendRawAsync(RequestMethod, Uri, BinaryData?, AzureCall, CancellationToken)"/>, with the classifier that decides
    /// which answers the pipeline's retry policy may repeat (null: 429 and transient 5xx; a restart POST passes
    /// <see cref="Operations.NonIdempotentRequestClassifier"/>).
    /// </summary>
    public async Task<Response> SendRawAsync(RequestMethod method, Uri uri, BinaryData? body, AzureCall call, ResponseClassifier? classifier, CancellationToken cancellationToken)
    {
        var response = await SendCoreAsync(method, uri, body, classifier, cancellationToken);
        if (response.IsError)
        {
            using (response)
            {
                throw AzureErrorMapper.FromResponse(response, call);
            }
        }

        return response;
    }

    /// <summary>
    /// Sends a request and returns its status, the headers of ARM's long-running operation protocol and the JSON body.
    /// With <paramref name="failuresAsAnswers"/> a failed status is answered rather than thrown (an operation's poll, whose
    /// failure is the operation's outcome). A body that is not JSON reads as <c>{}</c>.
    /// </summary>
    public async Task<AzureAnswer> SendForAnswerAsync(
        RequestMethod method, Uri uri, BinaryData? body, AzureCall call, ResponseClassifier? classifier, bool failuresAsAnswers, CancellationToken cancellationToken)
    {
        using var response = failuresAsAnswers
            ? await SendCoreAsync(method, uri, body, classifier, cancellationToken)
            : await SendRawAsync(method, uri, body, call, classifier, cancellationToken);
        JsonElement parsed;
        try
        {
            using var document = Parse(response);
            parsed = document.RootElement.Clone();
        }
        catch (EstateUnavailableException)
        {
            // A write's outcome is its status; an unreadable body (or an empty one) reads as {}.
            using var empty = JsonDocument.Parse("{}");
            parsed = empty.RootElement.Clone();
        }

        return new AzureAnswer(response.Status, parsed, Header(response, "Azure-AsyncOperation"), Header(response, "Location"), Header(response, "Retry-After"));
    }

    private async Task<Response> SendCoreAsync(RequestMethod method, Uri uri, BinaryData? body, ResponseClassifier? classifier, CancellationToken cancellationToken)
    {
        RequireSameEndpoint(uri);
        var message = pipeline.CreateMessage(null, classifier);
        using var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.Add("Accept", "application/json");
        if (body is not null)
        {
            request.Headers.Add("Content-Type", "application/json");
            request.Content = RequestContent.Create(body);
        }

        try
        {
            await pipeline.SendAsync(message, cancellationToken);
            return message.Response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (AggregateException exception)
        {
            // Azure.Core's retry policy gathers the failure of every attempt.
            throw AzureErrorMapper.FromTransport(exception.InnerExceptions.LastOrDefault() ?? exception);
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException or global::Azure.Identity.AuthenticationFailedException or global::Azure.Identity.CredentialUnavailableException or IOException)
        {
            throw AzureErrorMapper.FromTransport(exception);
        }
    }

    private static string? Header(Response response, string name)
        => response.Headers.TryGetValue(name, out var value) && value is { Length: <= MaxHeaderChars } ? value : null;

    /// <summary>Every element of <c>value</c> across all <c>nextLink</c> pages (bounded), each cloned so it outlives its page.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAllPagesAsync(string pathAndQuery, AzureCall call, int maxItems, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        Uri? next = new(Endpoint, pathAndQuery);
        for (var page = 0; next is not null && page < MaxPages && items.Count < maxItems; page++)
        {
            using var document = await SendAsync(RequestMethod.Get, next, null, call, cancellationToken);
            if (document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
            {
                items.AddRange(value.EnumerateArray().Take(maxItems - items.Count).Select(e => e.Clone()));
            }

            next = document.RootElement.TryGetProperty("nextLink", out var link) && link.ValueKind == JsonValueKind.String
                && Uri.TryCreate(link.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
        }

        return items;
    }

    private static JsonDocument Parse(Response response)
    {
        var content = response.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return JsonDocument.Parse("{}");
        }

        try
        {
            return JsonDocument.Parse(content.ToMemory());
        }
        catch (JsonException)
        {
            throw new EstateUnavailableException("Azure answered with something that is not JSON.");
        }
    }

    /// <summary>A <c>nextLink</c> or operation URL must stay on this endpoint: the bearer token goes nowhere else.</summary>
    private void RequireSameEndpoint(Uri uri)
    {
        if (!string.Equals(uri.Scheme, Endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Authority, Endpoint.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw new EstateUnavailableException("Azure pointed to a URL outside its endpoint; SreBot did not follow it.");
        }
    }
}
