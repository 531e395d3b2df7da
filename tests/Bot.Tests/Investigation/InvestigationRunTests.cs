using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>An investigation without a chat turn: as its own principal, into a remembered channel's thread, through the call path.</summary>
public sealed class InvestigationRunTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Fact]
    public async Task Run_AsItsOwnPrincipal_CallsToolsThroughTheCallPath_SavesTheTrace_AndBuildsTheCard()
    {
        var channel = new ConversationReference("msteams", "https://smba.trafficmanager.net/emea/", "19:incidents@thread.tacv2", "channel", "tenant-1");
        await _app.Services.GetRequiredService<IConversationStore>().RememberChannelConversationAsync(new ChannelConversation("19:team@thread.tacv2", channel.ConversationId, channel), TestContext.Token);
        var actor = new CallerIdentity("plan:nightly", new HashSet<string> { Roles.Reader }, "schedule");

        var run = await _app.Services.GetRequiredService<InvestigationRun>().RunAsync(actor, "app-checkout-api", channel.ThreadId, TestContext.Token);

        Assert.NotNull(run.Summary);
        Assert.Null(run.Problem);
        Assert.Contains("memory leak", JsonText.Strings(run.Card), StringComparison.OrdinalIgnoreCase);
        var trace = Assert.Single(await _app.Services.GetRequiredService<IInvestigationTraceStore>().ListForThreadAsync(channel.ThreadId, 10, TestContext.Token));
        Assert.Equal(run.TraceId, trace.Id);
        Assert.Equal("plan:nightly", trace.RequestedBy);
        var calls = await _app.Audit.QueryAsync(new AuditQuery(UserId: "plan:nightly", EventType: AuditEventTypes.ToolCall), TestContext.Token);
        Assert.Equal(trace.Steps.Count, calls.Count);
        Assert.Contains(calls, r => r.Tool == "metrics_query");
    }

    [Fact]
    public async Task Run_ForAnUnknownResource_SavesATrace_AndAnErrorCard()
    {
        var channel = new ConversationReference("msteams", "https://smba.trafficmanager.net/emea/", "19:incidents@thread.tacv2", "channel", "tenant-1");
        await _app.Services.GetRequiredService<IConversationStore>().RememberChannelConversationAsync(new ChannelConversation("19:team@thread.tacv2", channel.ConversationId, channel), TestContext.Token);

        var run = await _app.Services.GetRequiredService<InvestigationRun>().RunAsync(
            new CallerIdentity("plan:nightly", new HashSet<string> { Roles.Reader }, "schedule"), "app-does-not-exist", channel.ThreadId, TestContext.Token);

        Assert.Null(run.Summary);
        Assert.NotNull(run.Problem);
        Assert.Contains("Not investigated", JsonText.Strings(run.Card), StringComparison.Ordinal);
        Assert.Equal(run.TraceId, Assert.Single(await _app.Services.GetRequiredService<IInvestigationTraceStore>().ListForThreadAsync(channel.ThreadId, 10, TestContext.Token)).Id);
    }

    public void Dispose() => _app.Dispose();
}
