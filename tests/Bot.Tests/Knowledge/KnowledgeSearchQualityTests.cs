using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Identity;
using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Tests.Knowledge;

/// <summary>A small fixed corpus (the two sample runbooks and four more documents): each question's expected passage ranks first.</summary>
public sealed class KnowledgeSearchQualityTests : IAsyncLifetime
{
    private static readonly CallerIdentity Admin = new("ada", new HashSet<string> { Roles.Admin }, "api");

    private static readonly (string Question, string Document, string Heading)[] Expectations =
    [
        ("app-checkout-api is leaking memory, how do we restart it?", "runbook-checkout-memory-leak.md", "Mitigate: restart the app"),
        ("OutOfMemoryException and HTTP 503 on checkout, memory keeps climbing", "runbook-checkout-memory-leak.md", "Symptoms"),
        ("NullReferenceException in PromotionEngine.Apply on checkout submit", "runbook-bad-deployment-rollback.md", "Symptoms"),
        ("roll back a broken release of the checkout api to the previous build", "runbook-bad-deployment-rollback.md", "Mitigate: roll back the deployment"),
        ("vm-batch-01 disk is full, logs not rotated", "postmortem-vm-batch-disk-full.md", "Root cause"),
        ("CPU at 100 percent on the checkout app, add instances", "runbook-cpu-saturation.md", "Mitigate: scale out"),
        ("payment gateway timeouts, dependency is down", "runbook-dependency-outage.md", "Diagnose"),
        ("rotate the storage account access keys", "howto-rotate-storage-keys.md", "Steps"),
    ];

    private static readonly (string Name, string Content)[] MoreDocuments =
    [
        ("postmortem-vm-batch-disk-full.md", """
            # Post-mortem: vm-batch-01 ran out of disk

            ## Summary

            On 2026-10-03 the nightly batch on vm-batch-01 stopped at 02:10 and did not finish. Invoices went out six hours late.

            ## Root cause

            The data disk filled up: application logs under /var/log/batch were never rotated, and grew to 120 GB. The batch
            job could not write its temporary files once the disk was full.

            ## Actions

            - Add logrotate for /var/log/batch with 7 days of history.
            - Alert when the disk of vm-batch-01 is more than 85 % full.
            """),
        ("runbook-cpu-saturation.md", """
            # Runbook: CPU saturation on app-checkout-api

            ## Symptoms

            CpuTime and CPU percentage of the App Service plan stay near 100 %; response time rises; no errors in the logs.

            ## Mitigate: scale out

            Add instances: ask SreBot to `scale app-checkout-api to 4 because CPU saturation`; an approver approves the card.
            More instances spread the load; a restart does not help a busy app.
            """),
        ("runbook-dependency-outage.md", """
            # Runbook: a dependency is down

            ## Symptoms

            Requests fail with timeouts while CPU and memory are normal.

            ## Diagnose

            Look for timeouts to the payment gateway or SQL database in the logs (`logs_search` for TimeoutException), and check
            the provider's status page. If the dependency is down, neither a restart nor a scale-out helps: wait, or fail over.
            """),
        ("howto-rotate-storage-keys.md", """
            # How to rotate storage account keys

            ## Steps

            1. Regenerate the secondary access key of the storage account.
            2. Update the Key Vault secret that apps read, then restart nothing: apps pick up the new key on the next read.
            3. Regenerate the primary key once no app uses it.
            """),
    ];

    private readonly SharedServices _services = new();

    public async Task InitializeAsync()
    {
        await _services.InitializeAsync();
        var library = _services.Get<KnowledgeLibrary>();
        foreach (var sample in Directory.EnumerateFiles(RepositoryFiles.PathOf("docs", "samples"), "*.md").Order(StringComparer.Ordinal))
        {
            await AddAsync(library, Path.GetFileName(sample), await File.ReadAllTextAsync(sample, TestContext.Token));
        }

        foreach (var (name, content) in MoreDocuments)
        {
            await AddAsync(library, name, content);
        }
    }

    [Fact]
    public async Task EveryQuestion_RanksItsExpectedPassageFirst()
    {
        var library = _services.Get<KnowledgeLibrary>();
        var misses = new List<string>();
        foreach (var (question, document, heading) in Expectations)
        {
            var results = await library.SearchAsync(question, 3, TestContext.Token);
            var top = results.Count > 0 ? results[0] : null;
            if (top is null || top.DocumentName != document || top.Heading?.EndsWith(heading, StringComparison.Ordinal) != true)
            {
                misses.Add($"'{question}': expected {document} › {heading}, got {top?.DocumentName} › {top?.Heading}");
            }
        }

        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }

    [Fact]
    public async Task Results_HaveEveryWordFirst_ThenSomeWords_EachByScore_WithDocumentNameAndPosition()
    {
        var passages = await _services.Get<KnowledgeLibrary>().SearchAsync("restart app-checkout-api memory leak", 8, TestContext.Token);

        Assert.Equal(8, passages.Count);
        var all = passages.TakeWhile(p => p.HasEveryWord).ToList();
        var some = passages.Skip(all.Count).ToList();
        Assert.NotEmpty(all);
        Assert.NotEmpty(some);
        Assert.All(some, p => Assert.False(p.HasEveryWord));
        Assert.Equal(all.Select(p => p.Score).OrderDescending(), all.Select(p => p.Score));
        Assert.Equal(some.Select(p => p.Score).OrderDescending(), some.Select(p => p.Score));
        Assert.All(all, p => Assert.Contains("restart", p.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(passages.Count, passages.Select(p => (p.DocumentId, p.Position)).Distinct().Count());
        Assert.All(passages, p => Assert.True(p.Position >= 0 && p.DocumentName.Length > 0));
    }

    [Fact]
    public async Task QueryText_IsNeverParsedAsFtsSyntax()
    {
        var library = _services.Get<KnowledgeLibrary>();

        var hostile = await library.SearchAsync("\"unbalanced AND (NEAR heading: * OR -", 5, TestContext.Token);
        var nothing = await library.SearchAsync("?? !!", 5, TestContext.Token);

        Assert.NotNull(hostile);
        Assert.Empty(nothing);
    }

    private static async Task AddAsync(KnowledgeLibrary library, string name, string content)
    {
        var result = await library.AddAsync(Admin, name, KnowledgeContentTypes.Markdown, System.Text.Encoding.UTF8.GetBytes(content), TestContext.Token);
        Assert.NotNull(result.Document);
    }

    public Task DisposeAsync() => _services.DisposeAsync();
}
