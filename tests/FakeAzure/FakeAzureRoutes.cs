using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>Registers every route group of the fake in one place; each group lives in its own file.</summary>
internal static class FakeAzureRoutes
{
    public static void Map(WebApplication app, FakeAzureServer server)
    {
        app.MapGet("/msi/token", (HttpContext context) => server.IssueToken(context));
        FakeArmResources.Map(app);
        FakeActivityLog.Map(app);
        FakeLogAnalytics.Map(app);
        FakeArmOperations.Map(app);
        FakeAuthorization.Map(app);
        FakeGraph.Map(app, server);
    }

    /// <summary>Answers under a resource id (<c>{id}/providers/...</c>), tried in order before the resource itself.</summary>
    public static IResult? SubResource(HttpContext context, FakeWorld world, string path)
        => FakeResourceHealth.TryAnswer(world, path) ?? FakeMetrics.TryAnswer(context, world, path);

    public static FakeWorld World(HttpContext context) => (FakeWorld)context.Items[nameof(FakeWorld)]!;
}
