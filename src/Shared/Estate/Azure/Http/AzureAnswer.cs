using System.Text.Json;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>One answer from Azure: its status, the headers of the long-running operation protocol (each bounded) and its JSON body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The parsed body (<c>{}</c> when empty).</param>
/// <param name="AsyncOperation">The <c>Azure-AsyncOperation</c> header, if any.</param>
/// <param name="Location">The <c>Location</c> header, if any.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header, if any.</param>
internal sealed record AzureAnswer(int Status, JsonElement Body, string? AsyncOperation, string? Location, string? RetryAfter);
