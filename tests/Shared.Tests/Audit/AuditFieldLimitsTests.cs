using System.Security.Cryptography;
using System.Text;
using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// SECURITY.md, "Learnt from the first outside probe": every field that reaches the audit log is bounded. A value over
/// its bound, or without a single UTF-8 form, is stored as its length and a hash prefix, never as itself.
/// </summary>
public sealed class AuditFieldLimitsTests
{
    [Fact]
    public async Task AnOverlongTool_IsStoredAsItsLengthAndHash_AndTheChainVerifies()
    {
        await using var host = await SqliteAuditLogHost.StartAsync();
        var name = new string('x', 900_000);

        var record = await host.Log.AppendAsync(AuditEntries.ToolCall(tool: name), CancellationToken.None);

        var expected = $"len=900000 sha256={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16]}";
        Assert.Equal(expected, record.Tool);
        Assert.Equal(expected, Assert.Single(await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None)).Tool);
        Assert.True(new FileInfo(host.Database.FilePath + "-wal").Length < 200_000, "the name itself is not stored");
        Assert.True((await host.Log.VerifyAsync(CancellationToken.None)).Ok);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("correlation")]
    [InlineData("detail")]
    public async Task EveryCallerSuppliedField_IsBounded(string field)
    {
        await using var host = await SqliteAuditLogHost.StartAsync();
        var huge = new string('y', 100_000);
        var entry = AuditEntries.ToolCall();
        entry = field switch
        {
            "user" => entry with { UserId = huge },
            "correlation" => entry with { CorrelationId = huge },
            _ => entry with { Detail = huge },
        };

        var record = Assert.Single(await AppendAndReadAsync(host, entry));

        var stored = field switch { "user" => record.UserId, "correlation" => record.CorrelationId, _ => record.Detail };
        Assert.StartsWith("len=100000 sha256=", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecretInAnUnknownToolName_IsRedactedBeforeItIsStored()
    {
        await using var host = await SqliteAuditLogHost.StartAsync();
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

        var record = await host.Log.AppendAsync(AuditEntries.ToolCall(tool: "tool-" + jwt), CancellationToken.None);

        Assert.DoesNotContain(jwt, record.Tool, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:", record.Tool, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<AuditRecord>> AppendAndReadAsync(SqliteAuditLogHost host, AuditEntry entry)
    {
        await host.Log.AppendAsync(entry, CancellationToken.None);
        return await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
    }
}
