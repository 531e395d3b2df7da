namespace SreBot.Bot.Tests.Deployment;

/// <summary>
/// More than one instance needs PostgreSQL: <c>bicep build-params</c> (offline, no Azure) refuses a parameter file
/// asking for two instances on SQLite, and accepts the same count on PostgreSQL. ARM enforces the same parameter type
/// at deployment (the compiled template's definitions; see CompiledTemplateTests).
/// </summary>
public sealed class HostingRefusalTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("srebot-hosting-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public async Task TwoInstancesOnSqlite_AreRefusedOffline()
    {
        var result = await BuildParamsAsync("Sqlite", 2);

        Assert.False(result.Succeeded, $"build-params accepted two instances with SQLite.\n{result.Description}");
        Assert.Contains("BCP036", result.CombinedOutput, StringComparison.Ordinal);
        Assert.Contains("instanceCount", result.CombinedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesOnPostgreSql_AreAccepted()
    {
        var result = await BuildParamsAsync("PostgreSql", 2);

        Assert.True(result.Succeeded && result.CombinedOutput.Trim().Length == 0, $"build-params refused two instances with PostgreSQL.\n{result.Description}");
    }

    private async Task<SreBot.EndToEnd.Tests.Harness.ProcessResult> BuildParamsAsync(string store, int instanceCount)
    {
        // Bicep wants a relative path in `using`.
        var main = Path.GetRelativePath(temp.FullName, BicepCli.MainTemplate).Replace('\\', '/');
        var file = Path.Combine(temp.FullName, "hosting.bicepparam");
        await File.WriteAllTextAsync(
            file,
            $"using '{main}'\nparam associatedResourceGroups = ['rg-shop-prod']\nparam hosting = {{ store: '{store}', instanceCount: {instanceCount} }}\n");
        return await BicepCli.RunAsync(["build-params", file, "--outfile", Path.Combine(temp.FullName, "hosting.json")], CancellationToken.None);
    }
}
