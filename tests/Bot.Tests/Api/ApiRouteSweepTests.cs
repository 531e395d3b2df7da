using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Tests.Api;

/// <summary>
/// Drives every <c>/api/v1</c> route the app maps (read from its <see cref="EndpointDataSource"/>, so a new route is covered
/// without editing this test) with every role's token, no token, and bad or missing ids, queries and bodies: none answers 5xx.
/// </summary>
public sealed class ApiRouteSweepTests : IDisposable
{
    private static readonly string[] Ids =
    [
        "does-not-exist",
        "apr_00000000000000000000000000000000",
        "99999999999999999999999999",
        new string('x', 3000),
        "%00",
        " ",
    ];

    private static readonly string?[] Bodies =
    [
        null,
        string.Empty,
        "{}",
        "null",
        "[]",
        "\"text\"",
        "{\"mode\":5,\"decision\":[1],\"comment\":{},\"roles\":\"admin\",\"resourceGroup\":7,\"subscription\":[],\"text\":null,\"visibility\":3,\"name\":{},\"content\":1,\"contentType\":false,\"arguments\":\"x\"}",
        "{\"mode\":\"Privileged\",\"decision\":\"approve\",\"roles\":[null, 5],\"resourceGroup\":\"\",\"text\":\"\",\"name\":\"\",\"content\":\"\",\"contentType\":\"text/markdown\"}",
        "{\"unterminated\":",
        "not json at all",
    ];

    private static readonly string[] Queries =
    [
        string.Empty,
        "?limit=-1&status=bogus&from=yesterday&to=x&after=-5&user=&tool=&decision=&eventType=&subscription=..%2F",
        "?limit=99999999999999999999&after=99999999999999999999&from=9999-12-31T23:59:59Z&to=0001-01-01T00:00:00Z",
    ];

    private static readonly string[][] Callers = [[], ["reader"], ["operator"], ["approver"], ["admin"], ["auditor"], ["alerts"], ["admin", "approver", "operator", "auditor", "reader", "alerts"]];

    private readonly SreBotApp _app = new();

    [Fact]
    public async Task EveryApiRoute_WithBadOrMissingData_AndEveryRole_AnswersWithoutA5xx()
    {
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern)))
            .ToList();
        Assert.True(routes.Count > 20, $"expected the whole API, found {routes.Count} routes");

        var failures = new List<string>();
        var calls = 0;
        // Privileged mode too: an approval exists, so decision routes reach the workflow.
        await _app.SetModeAsync("Privileged");
        var approval = await _app.RequestRestartAsync("olga");
        // A group the estate does not know (as from a stale Agent:ResourceGroups): mode changes must still answer 4xx.
        await _app.Services.GetRequiredService<IAgentStateStore>().AddResourceGroupAsync(
            ResourceId.ForResourceGroup(SandboxIds.Subscription, "rg-ghost"), "ada", DateTimeOffset.UtcNow, TestContext.Token);
        foreach (var (method, pattern) in routes)
        {
            var ids = pattern.Parameters.Count == 0 ? [string.Empty] : Ids.Append(approval);
            foreach (var id in ids)
            {
                var path = "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Uri.EscapeDataString(id),
                    _ => string.Empty,
                }))));
                var bodies = method is "POST" or "PUT" or "PATCH" ? Bodies : [null];
                foreach (var roles in Callers)
                {
                    var client = roles.Length == 0 ? _app.CreateClient() : _app.ClientFor("sweeper-" + string.Join('-', roles), roles);
                    foreach (var query in method == "GET" ? Queries : [string.Empty])
                    {
                        foreach (var body in bodies)
                        {
                            using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
                            if (body is not null)
                            {
                                request.Content = new StringContent(body, Encoding.UTF8);
                                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                            }

                            using var response = await client.SendAsync(request, TestContext.Token);
                            calls++;
                            if ((int)response.StatusCode >= 500)
                            {
                                failures.Add($"{method} {pattern.RawText} id={Shorten(id)} roles=[{string.Join(',', roles)}] query={query} body={Shorten(body)} → {(int)response.StatusCode}");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls answered 5xx:\n{string.Join('\n', failures.Distinct().Take(60))}");
    }

    public void Dispose() => _app.Dispose();

    private static string Shorten(string? value) => value is null ? "(none)" : value.Length > 40 ? value[..40] + "…" : value;
}
