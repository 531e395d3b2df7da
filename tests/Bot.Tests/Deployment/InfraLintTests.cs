namespace SreBot.Bot.Tests.Deployment;

/// <summary>
/// <c>bicep build</c>, <c>bicep lint</c> and <c>bicep build-params</c> over infra/ report nothing at all: any
/// diagnostic, a warning or an info included, fails (infra/bicepconfig.json also raises the lint rules to error).
/// </summary>
public sealed class InfraLintTests(MainTemplateFixture main) : IClassFixture<MainTemplateFixture>
{
    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BicepCli.InfraDirectory, file));
        }

        return data;
    }

    [Fact]
    public void Build_PrintsNoDiagnostic() =>
        Assert.True(main.BuildOutput.Trim().Length == 0, $"bicep build infra/main.bicep printed diagnostics:\n{main.BuildOutput}");

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Lint_ReportsNoDiagnostic(string file)
    {
        var result = await BicepCli.RunAsync(["lint", Path.Combine(BicepCli.InfraDirectory, file)], CancellationToken.None);

        Assert.True(result.Succeeded && result.CombinedOutput.Trim().Length == 0, $"bicep lint infra/{file} is not clean.\n{result.Description}");
    }

    [Fact]
    public async Task ExampleParameterFile_BuildsWithoutDiagnostics()
    {
        var output = Path.Combine(Path.GetTempPath(), $"srebot-params-{Guid.NewGuid():N}.json");
        try
        {
            var result = await BicepCli.RunAsync(["build-params", Path.Combine(BicepCli.InfraDirectory, "main.bicepparam"), "--outfile", output], CancellationToken.None);

            Assert.True(result.Succeeded && result.CombinedOutput.Trim().Length == 0, $"bicep build-params infra/main.bicepparam is not clean.\n{result.Description}");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void LintConfiguration_RaisesEveryEnabledRuleToError()
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.True(rules.Count >= 40, "bicepconfig.json should list every core linter rule.");
        Assert.All(
            rules.Where(rule => rule.Key != "use-recent-api-versions"),
            rule => Assert.True((string?)rule.Value!["level"] == "error", $"lint rule {rule.Key} is not at level error."));
    }
}
