using Azure.Core;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// The response classifier for a request that must not run twice (a restart <c>POST</c>): the pipeline's retry policy may
/// repeat it only after a 429, which ARM answers before acting on the request. After a 5xx, a timeout or a dropped
/// connection Azure may already have acted, so the request is never repeated; the caller reports the failure and the
/// approval records it (a person can ask again after checking the resource).
/// </summary>
internal sealed class NonIdempotentRequestClassifier : ResponseClassifier
{
    public static NonIdempotentRequestClassifier Instance { get; } = new();

    public override bool IsRetriableResponse(HttpMessage message) => message.Response.Status == 429;

    public override bool IsRetriableException(Exception exception) => false;

    public override bool IsRetriable(HttpMessage message, Exception exception) => false;
}
