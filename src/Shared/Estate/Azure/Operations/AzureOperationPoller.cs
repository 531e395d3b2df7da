using Azure.Core;
using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Azure.Http;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// Follows a long-running ARM operation to its end: after a 201/202 with <c>Azure-AsyncOperation</c> (else <c>Location</c>) it
/// polls that URL (on the Resource Manager endpoint only), waiting as <c>Retry-After</c> says (bounded), until Azure reports
/// success or failure, or <see cref="AzureEstateOptions.OperationPollTimeout"/> has passed on the injected clock. A status URL
/// that itself fails (an <c>Azure-AsyncOperation</c> URL answering an error, or a throttled poll beyond the retries) leaves
/// the outcome unknown: <see cref="EstateUnavailableException"/>.
/// </summary>
internal sealed class AzureOperationPoller(AzureRestClients clients, IOptions<AzureEstateOptions> options, TimeProvider time)
{
    private const int MaxPolls = 1_000;

    public TimeSpan Timeout => options.Value.OperationPollTimeout;

    /// <returns>The final state (an answer that is not a 201/202 with a poll URL is already final); <see cref="OperationState.Running"/> when the timeout passed first.</returns>
    public async Task<OperationPoll> CompleteAsync(AzureAnswer first, AzureCall call, CancellationToken cancellationToken)
    {
        if (LongRunningOperations.PollTarget(first.Status, first.AsyncOperation, first.Location) is not { } target)
        {
            return new OperationPoll(OperationState.Succeeded, null, TimeSpan.Zero);
        }

        var deadline = time.GetUtcNow() + Timeout;
        var wait = LongRunningOperations.RetryAfter(first.RetryAfter, time.GetUtcNow());
        for (var polls = 0; polls < MaxPolls; polls++)
        {
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            await Task.Delay(wait < remaining ? wait : remaining, time, cancellationToken);
            var answer = await clients.ResourceManager.SendForAnswerAsync(RequestMethod.Get, target.Url, null, call, null, failuresAsAnswers: true, cancellationToken);
            if (answer.Status == 429 || (target.AsyncOperation && answer.Status >= 400))
            {
                // The status URL itself failed (beyond the pipeline's retries): that says nothing about the operation.
                throw new EstateUnavailableException("Azure did not answer about the operation it accepted.");
            }

            var poll = LongRunningOperations.Read(target.AsyncOperation, answer.Status, answer.Body, answer.RetryAfter);
            if (poll.State != OperationState.Running)
            {
                return poll;
            }

            wait = poll.RetryAfter;
        }

        return new OperationPoll(OperationState.Running, null, wait);
    }
}
