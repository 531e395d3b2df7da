using Microsoft.Extensions.Time.Testing;
using SreBot.FakeAzure;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>A write Azure answers with 202: polled (Azure-AsyncOperation, else Location) to Succeeded or Failed, or until the poll timeout.</summary>
public sealed class AzureLongRunningOperationTests
{
    [Fact]
    public async Task AnAcceptedScale_IsPolledThroughLocation_UntilItSucceeds()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout", planCapacity: 2));
        var plan = $"{azure.GroupId}/providers/Microsoft.Web/serverfarms/plan-app-checkout";
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Succeeds("serverfarms/plan-app-checkout", inProgressPolls: 3, asyncOperationHeader: false));

        var result = await azure.Provider.ScaleAsync(site, 4, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(4, azure.World.Resources[plan]["sku"]!["capacity"]!.GetValue<int>());
        Assert.Equal(4, azure.World.Requests.Count(r => r.Path.Contains("/operationResults/", StringComparison.Ordinal)));
        Assert.Equal(1, azure.World.Operations.Count(plan, FakeOperations.Update));
    }

    [Fact]
    public async Task AnAcceptedRestartThatFails_IsAFailedResult_WithAzuresBoundedError()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vm = azure.AddVirtualMachine("vm-batch");
        var longMessage = "The VM agent did not respond. " + new string('x', 5_000);
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Failing("/restart", inProgressPolls: 1, "VMAgentStatusCommunicationError", longMessage));

        var result = await azure.Provider.RestartAsync(vm, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Azure reports that the restart of virtual machine vm-batch failed: VMAgentStatusCommunicationError: The VM agent did not respond.", result.Message, StringComparison.Ordinal);
        Assert.True(result.Message.Length < 700, $"{result.Message.Length} characters");
        Assert.Equal(1, azure.World.Operations.Count(vm.Display, FakeOperations.Restart));
        Assert.Equal(2, azure.World.Requests.Count(r => r.Path.Contains("/operations/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnAcceptedScaleThatFails_ChangesNothing_AndSaysWhy()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vmss = azure.AddScaleSet("vmss-workers", capacity: 2);
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Failing("vmss-workers", inProgressPolls: 0, "OperationNotAllowed", "Quota exceeded."));

        var result = await azure.Provider.ScaleAsync(vmss, 9, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Azure reports that the scale of virtual machine scale set vmss-workers to 9 failed: OperationNotAllowed: Quota exceeded.", result.Message);
        Assert.Equal(2, azure.World.Resources[vmss.Display]["sku"]!["capacity"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnOperationThatNeverFinishes_StopsAtThePollTimeout_WithAClearResult()
    {
        // Every reading of the clock moves it on a minute: the 10-minute timeout passes after a bounded number of polls.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) };
        using var azure = new AzureEstateFixture(time: time, settings: new Dictionary<string, string?> { ["Estate:Azure:OperationPollTimeout"] = "00:10:00" }).WithWriteProviders();
        var vm = azure.AddVirtualMachine("vm-batch");
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Never("/restart"));

        var result = await azure.Provider.RestartAsync(vm, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Azure accepted the restart of virtual machine vm-batch, but it had not finished after 00:10:00; SreBot stopped waiting. It may still complete: check vm-batch before asking again.", result.Message);
        var polls = azure.World.Requests.Count(r => r.Path.Contains("/operations/", StringComparison.Ordinal));
        Assert.InRange(polls, 1, 10);
        Assert.Equal(1, azure.World.Operations.Count(vm.Display, FakeOperations.Restart));
    }

    [Fact]
    public async Task AnOperationWhoseStatusCannotBeRead_SaysItMayOrMayNotHaveHappened_NotThatItFailed()
    {
        using var azure = new AzureEstateFixture(maxRetries: 0).WithWriteProviders();
        var vm = azure.AddVirtualMachine("vm-batch");
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Succeeds("/restart", inProgressPolls: 1));
        azure.World.Fail(FakeFault.ServerError("/operations/"));

        var result = await azure.Provider.RestartAsync(vm, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("may or may not have happened", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, azure.World.Operations.Count(vm.Display, FakeOperations.Restart));
        Assert.Single(azure.World.Requests, r => r.Method == "POST");
    }
}
