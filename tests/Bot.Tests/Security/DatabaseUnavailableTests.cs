using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using SreBot.Bot.Security;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Security;

/// <summary>
/// Issue 15: a database out of reach is a plain 503, not a 500 with exception text. What counts as out of reach, and the
/// problem it gets (the two-replica outage test in EndToEnd.Tests drives it through a real server stopped and started).
/// </summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task APostgreSqlServerThatRefusesConnections_IsUnavailable()
    {
        await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=srebot;Database=srebot;Timeout=5");

        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(TestContext.Token));

        Assert.True(DatabaseUnavailable.Is(refused));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("wrapped", refused)));
    }

    [Fact]
    public void AnUnwritableAuditLog_IsUnavailable_ButAProgrammingError_IsNot()
    {
        Assert.True(DatabaseUnavailable.Is(new AuditUnavailableException("The audit record could not be written durably.")));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(DatabaseUnavailable.Is(null));
    }

    [Fact]
    public void AnotherServiceOutOfReach_IsNotTheDatabase()
    {
        // Azure, the Bot Connector or an external MCP server refusing a connection is theirs to report, not "the database is unavailable".
        var azureRefused = new HttpRequestException("Connection refused (management.azure.com:443)", new System.Net.Sockets.SocketException(111));

        Assert.False(DatabaseUnavailable.Is(azureRefused));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("wrapped", azureRefused)));
    }

    [Fact]
    public void TheProblem_SaysSoPlainly_WithRetryAfter_AndNoExceptionText()
    {
        var http = new DefaultHttpContext();
        var context = new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable },
            Exception = new AuditUnavailableException("The audit record could not be written durably.", new IOException("disk I/O error at /var/lib/x")),
        };

        DatabaseUnavailable.Describe(context);

        Assert.Equal(DatabaseUnavailable.Title, context.ProblemDetails.Title);
        Assert.Equal(DatabaseUnavailable.Detail, context.ProblemDetails.Detail);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        Assert.DoesNotContain("/var/lib", context.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
