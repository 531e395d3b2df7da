using System.Text;

namespace SreBot.Bench;

/// <summary>
/// Generated runbooks and post-mortems, the same for every run (fixed seed): a domain vocabulary (resources, symptoms,
/// actions) mixed with a long tail of filler words drawn with a skewed distribution, as real text has.
/// </summary>
public static class KnowledgeCorpus
{
    private static readonly string[] Resources =
    [
        "app-checkout-api", "app-basket-api", "app-search-api", "app-ledger-api", "vm-batch-01", "vm-batch-02", "sql-shop-prod", "redis-session",
        "kv-shop-secrets", "st-shop-exports", "func-invoice", "aks-shop-prod", "apim-gateway", "sb-orders", "cosmos-catalog", "app-payments",
    ];

    private static readonly string[] Symptoms =
    [
        "memory leak", "OutOfMemoryException", "HTTP 5xx", "HTTP 503", "timeouts", "NullReferenceException", "CPU saturation", "disk full",
        "slow queries", "deadlocks", "certificate expired", "throttling 429", "connection pool exhausted", "high latency", "queue backlog",
        "failed deployment", "DNS failure", "cold start", "thread starvation", "replication lag",
    ];

    private static readonly string[] Actions =
    [
        "restart", "rollback", "scale out", "scale up", "fail over", "rotate the key", "purge the queue", "clear the cache", "renew the certificate",
        "increase the pool size", "add an index", "drain the node", "redeploy", "swap the slot", "raise the quota",
    ];

    private static readonly string[] Sections = ["Symptoms", "Diagnose", "Mitigate", "Root cause", "Timeline", "Follow up", "Prerequisites", "Verify"];

    /// <summary>Queries of the kind people ask, fixed for every run.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        "app-checkout-api memory leak restart",
        "OutOfMemoryException HTTP 503 checkout",
        "NullReferenceException after deployment rollback",
        "vm-batch-01 disk full",
        "CPU saturation scale out app-search-api",
        "sql-shop-prod slow queries add an index",
        "certificate expired apim-gateway renew",
        "throttling 429 raise the quota cosmos-catalog",
        "connection pool exhausted app-payments",
        "queue backlog sb-orders purge",
        "how do we fail over redis-session",
        "replication lag sql-shop-prod",
        "thread starvation high latency app-basket-api",
        "DNS failure aks-shop-prod",
        "rotate the key kv-shop-secrets",
        "cold start func-invoice",
        "deadlocks timeouts ledger",
        "swap the slot failed deployment",
        "drain the node aks",
        "st-shop-exports throttling",
    ];

    public static IEnumerable<(string Name, string Markdown)> Generate(int count)
    {
        var random = new Random(20261124);
        var filler = Enumerable.Range(0, 5000).Select(i => Word(i)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var resource = Pick(random, Resources);
            var symptom = Pick(random, Symptoms);
            var action = Pick(random, Actions);
            var text = new StringBuilder();
            text.Append(random.Next(3) == 0 ? $"# Post-mortem {i}: {symptom} on {resource}\n\n" : $"# Runbook {i}: {symptom} on {resource}\n\n");
            foreach (var section in Sections.OrderBy(_ => random.Next()).Take(random.Next(3, 6)))
            {
                text.Append($"## {section}\n\n");
                for (var p = random.Next(1, 4); p > 0; p--)
                {
                    for (var w = random.Next(30, 70); w > 0; w--)
                    {
                        var roll = random.Next(100);
                        text.Append(roll switch
                        {
                            < 3 => resource,
                            < 5 => symptom,
                            < 7 => action,
                            < 8 => Pick(random, Resources),
                            < 9 => Pick(random, Symptoms),
                            _ => filler[Skewed(random, filler.Length)],
                        });
                        text.Append(w % 12 == 0 ? ".\n" : " ");
                    }

                    text.Append("\n\n");
                }
            }

            yield return ($"doc-{i:D5}.md", text.ToString());
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // Low indexes are much more frequent than high ones (roughly Zipf-like).
    private static int Skewed(Random random, int count) => (int)(Math.Pow(random.NextDouble(), 3) * count);

    private static string Word(int i)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        var n = i + 7;
        do
        {
            word.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);
        return word.Append(i % 3 == 0 ? "n" : string.Empty).ToString();
    }
}
