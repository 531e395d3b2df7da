using System.Text.Json;
using SreBot.Shared.Estate.Azure.Operations;

namespace SreBot.Shared.Tests.Estate.Azure;

public sealed class LongRunningOperationsTests
{
    [Fact]
    public void AzureAsyncOperation_IsPolledBeforeLocation()
    {
        var target = LongRunningOperations.PollTarget(202, "https://management.azure.com/op/1", "https://management.azure.com/loc/1");

        Assert.Equal((new Uri("https://management.azure.com/op/1"), true), target);
    }

    [Fact]
    public void Location_IsPolledWhenThereIsNoAsyncOperationUrl()
        => Assert.Equal((new Uri("https://management.azure.com/loc/1"), false), LongRunningOperations.PollTarget(202, null, "https://management.azure.com/loc/1"));

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public void AFinalFirstAnswer_IsNotPolled(int status)
        => Assert.Null(LongRunningOperations.PollTarget(status, "https://management.azure.com/op/1", null));

    [Fact]
    public void APlainHttpPollUrl_IsNotFollowed()
        => Assert.Null(LongRunningOperations.PollTarget(202, "http://attacker.example/op", "http://attacker.example/loc"));

    [Theory]
    [InlineData("InProgress", "Running")]
    [InlineData("Succeeded", "Succeeded")]
    [InlineData("Failed", "Failed")]
    [InlineData("Canceled", "Failed")]
    public void AnAsyncOperationBody_SaysTheState(string status, string state)
    {
        var poll = LongRunningOperations.Read(true, 200, Json($$"""{"status":"{{status}}"}"""), null);

        Assert.Equal(state, poll.State.ToString());
    }

    [Fact]
    public void AFailure_CarriesAzuresBoundedMessage()
    {
        var poll = LongRunningOperations.Read(true, 200, Json("""{"status":"Failed","error":{"code":"Conflict","message":"MESSAGE"}}""".Replace("MESSAGE", new string('x', 5000), StringComparison.Ordinal)), null);

        Assert.Equal(OperationState.Failed, poll.State);
        Assert.StartsWith("Conflict: xxx", poll.Message, StringComparison.Ordinal);
        Assert.True(poll.Message!.Length < 600);
    }

    [Theory]
    [InlineData(202, "Running")]
    [InlineData(200, "Succeeded")]
    [InlineData(204, "Succeeded")]
    [InlineData(500, "Failed")]
    public void ALocationPoll_IsReadFromItsStatusCode(int status, string state)
        => Assert.Equal(state, LongRunningOperations.Read(false, status, null, null).State.ToString());

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0", 0)]
    [InlineData("86400", 60)]
    [InlineData(null, 5)]
    [InlineData("soon", 5)]
    public void RetryAfter_IsHonouredWithinBounds(string? header, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), LongRunningOperations.RetryAfter(header));

    [Fact]
    public void RetryAfter_AsAnHttpDate_IsTheTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(10), LongRunningOperations.RetryAfter("Mon, 07 Dec 2026 07:00:10 GMT", now));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
