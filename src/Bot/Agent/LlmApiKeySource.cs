using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace SreBot.Bot.Agent;

/// <summary>
/// <c>Llm:ApiKey</c> may come from the environment (<c>Llm__ApiKey</c>) or user secrets, never from an
/// <c>appsettings*.json</c> file that could be committed or shipped in an image.
/// </summary>
public static class LlmApiKeySource
{
    public const string Key = LlmOptions.SectionName + ":" + nameof(LlmOptions.ApiKey);

    /// <summary>Throws with the fix when an appsettings file carries the key.</summary>
    public static void EnsureNotInAppSettings(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }

        foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
        {
            var file = Path.GetFileName(provider.Source.Path ?? string.Empty);
            if (file.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(Key, out var value) && !string.IsNullOrEmpty(value))
            {
                throw new InvalidOperationException(
                    $"{Key} is set in {file}. Secrets never go in appsettings files: remove it there and set the environment variable Llm__ApiKey (or a user secret) instead.");
            }
        }
    }
}
