using Microsoft.Extensions.Configuration;
using SreBot.Bot.Agent;

namespace SreBot.Bot.Tests.Agent;

public sealed class LlmApiKeySourceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("srebot-llm-key-");

    [Fact]
    public void ApiKey_InAppSettings_IsRefused_WithTheFix_AndWithoutTheKey()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "appsettings.json"), """{ "Llm": { "ApiKey": "sk-in-a-file" } }""");
        var configuration = new ConfigurationBuilder().SetBasePath(_folder.FullName).AddJsonFile("appsettings.json").Build();

        var error = Assert.Throws<InvalidOperationException>(() => LlmApiKeySource.EnsureNotInAppSettings(configuration));

        Assert.Contains("Llm__ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-in-a-file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiKey_FromTheEnvironmentOrUserSecrets_IsAccepted()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "appsettings.json"), """{ "Llm": { "Kind": "OpenAICompatible" } }""");
        File.WriteAllText(Path.Combine(_folder.FullName, "secrets.json"), """{ "Llm": { "ApiKey": "sk-user-secret" } }""");
        var configuration = new ConfigurationBuilder().SetBasePath(_folder.FullName)
            .AddJsonFile("appsettings.json")
            .AddJsonFile("secrets.json")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:ApiKey"] = "sk-from-env" })
            .Build();

        LlmApiKeySource.EnsureNotInAppSettings(configuration);

        Assert.Equal("sk-from-env", configuration["Llm:ApiKey"]);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
