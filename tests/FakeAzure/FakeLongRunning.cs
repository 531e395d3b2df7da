namespace SreBot.FakeAzure;

/// <summary>
/// How the next write whose path contains <paramref name="PathContains"/> is answered: 202 with <c>Azure-AsyncOperation</c> (when
/// <paramref name="AsyncOperationHeader"/>) and <c>Location</c>, whose polls answer InProgress <paramref name="InProgressPolls"/> times
/// and then Succeeded (the change applied then) or Failed with <paramref name="ErrorCode"/>/<paramref name="ErrorMessage"/>.
/// </summary>
public sealed record FakeLongRunning(
    string PathContains,
    int InProgressPolls = 0,
    bool Fails = false,
    bool AsyncOperationHeader = true,
    int RetryAfterSeconds = 0,
    string ErrorCode = "InternalOperationError",
    string ErrorMessage = "The operation failed.")
{
    public static FakeLongRunning Succeeds(string pathContains, int inProgressPolls = 0, bool asyncOperationHeader = true)
        => new(pathContains, inProgressPolls, AsyncOperationHeader: asyncOperationHeader);

    public static FakeLongRunning Failing(string pathContains, int inProgressPolls, string errorCode, string errorMessage)
        => new(pathContains, inProgressPolls, Fails: true, ErrorCode: errorCode, ErrorMessage: errorMessage);

    /// <summary>Stays InProgress for ever (a poll timeout).</summary>
    public static FakeLongRunning Never(string pathContains) => new(pathContains, int.MaxValue);
}
