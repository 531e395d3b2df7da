namespace SreBot.Bot.Tests.Deployment;

/// <summary>Compiles infra/main.bicep once per test class with the real Bicep CLI; the build must print nothing.</summary>
public sealed class MainTemplateFixture : IAsyncLifetime
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("srebot-bicep-");

    public CompiledTemplate Template { get; private set; } = null!;

    public string BuildOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var output = Path.Combine(temp.FullName, "main.json");
        var result = await BicepCli.RunAsync(["build", BicepCli.MainTemplate, "--outfile", output], CancellationToken.None);
        Assert.True(result.Succeeded, $"bicep build infra/main.bicep failed.\n{result.Description}");
        BuildOutput = result.CombinedOutput;
        Template = CompiledTemplate.Parse(await File.ReadAllTextAsync(output));
    }

    public Task DisposeAsync()
    {
        temp.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
