namespace SreBot.FakeAzure;

/// <summary>A scripted failure answered instead of the next matching request: a status, an optional <c>Retry-After</c> and an ARM error.</summary>
public sealed record FakeFault(int Status, string PathContains, int? RetryAfterSeconds = null, string? ErrorCode = null, string? ErrorMessage = null)
{
    public static FakeFault Throttled(string pathContains, int retryAfterSeconds = 0) => new(429, pathContains, retryAfterSeconds, "TooManyRequests", "Rate limit exceeded.");

    public static FakeFault ServerError(string pathContains) => new(503, pathContains, null, "ServiceUnavailable", "The service is temporarily unavailable.");

    public static FakeFault AuthorizationFailed(string pathContains, string action, string scope) => new(403, pathContains, null, "AuthorizationFailed",
        $"The client 'aaaaaaaa-0000-0000-0000-000000000001' with object id 'aaaaaaaa-0000-0000-0000-000000000001' does not have authorization to perform action '{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.");
}
