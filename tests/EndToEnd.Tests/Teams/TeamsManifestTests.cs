using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Teams;

/// <summary>
/// The Teams app package built by manifest/package.sh: its layout, the filled manifest against the
/// schema bundled with @microsoft/app-manifest (offline), the icons, and the script's refusals.
/// </summary>
public sealed class TeamsManifestTests : IDisposable
{
    private const string BotAppId = "6F2A0D2B-1C3E-4B5A-9D8C-7E6F5A4B3C2D";
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("srebot-teams-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public async Task Package_HoldsExactlyTheManifestAndIcons_AtTheZipRoot()
    {
        using var zip = await BuildPackageAsync();

        var names = zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["color.png", "manifest.json", "outline.png"], names);

        var manifest = ReadManifest(zip);
        Assert.Equal(BotAppId.ToLowerInvariant(), (string?)manifest["id"]);
        Assert.Equal(BotAppId.ToLowerInvariant(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackagedManifest_PassesTheAppManifestSchema()
    {
        using (var zip = await BuildPackageAsync())
        {
            zip.ExtractToDirectory(Path.Combine(temp.FullName, "app"));
        }

        var result = await TeamsAppPackage.ValidateAsync(Path.Combine(temp.FullName, "app", "manifest.json"), CancellationToken.None);

        var report = ParseReport(result);
        Assert.True(
            result.Succeeded && (bool?)report["valid"] == true,
            $"The packaged manifest fails @microsoft/app-manifest schema {report["schema"]}:\n{report["errors"]}\n\n{result.Description}");
    }

    [Fact]
    public async Task Validator_ReportsSchemaErrors_ForAnInvalidManifest()
    {
        using (var zip = await BuildPackageAsync())
        {
            zip.ExtractToDirectory(temp.FullName);
        }

        var path = Path.Combine(temp.FullName, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("channel");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var result = await TeamsAppPackage.ValidateAsync(path, CancellationToken.None);

        Assert.Equal(1, result.ExitCode);
        var errors = ParseReport(result)["errors"]!.AsArray().Select(error => (string?)error).ToList();
        Assert.Contains(errors, error => error!.StartsWith("/bots/0/scopes/0 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackagedManifest_ListsTheCommands_ForEveryBotScope()
    {
        using var zip = await BuildPackageAsync();

        var bot = ReadManifest(zip)["bots"]![0]!;
        Assert.Equal(Scopes, bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool?)bot["supportsFiles"]);
        Assert.False((bool?)bot["isNotificationOnly"]);
        foreach (var scope in Scopes)
        {
            var list = bot["commandLists"]!.AsArray().Single(list => list!["scopes"]!.AsArray().Any(s => (string?)s == scope));
            var titles = list!["commands"]!.AsArray().Select(command => (string?)command!["title"]).ToList();
            Assert.Contains("help", titles);
            Assert.Contains("investigate", titles);
        }
    }

    [Fact]
    public async Task Icons_HaveTheSizesTeamsRequires_AndTheOutlineIsWhiteOnTransparent()
    {
        using var zip = await BuildPackageAsync();
        var color = ReadEntry(zip, "color.png");
        var outline = ReadEntry(zip, "outline.png");

        Assert.Equal((192, 192), PngImage.ReadSize(color));
        Assert.Equal((32, 32), PngImage.ReadSize(outline));

        var image = PngImage.Read(outline);
        Assert.True(image.HasAlpha, "outline.png needs an alpha channel (a transparent background).");
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => image.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task PackageScript_RejectsABotIdThatIsNotAGuid()
    {
        var output = Path.Combine(temp.FullName, "srebot.zip");

        var result = await TeamsAppPackage.BuildAsync("my-bot", output, CancellationToken.None);

        Assert.True(result.ExitCode is not (null or 0), $"package.sh accepted 'my-bot' as a bot app id.\n{result.Description}");
        Assert.Contains("'my-bot' is not a GUID", result.CombinedOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(output), "package.sh wrote a zip although it refused the bot app id.");
    }

    [Fact]
    public async Task PackageScript_WithTheDeploymentsBotIdAndHost_SetsTheBotIdValidDomainsAndWebApplicationInfo()
    {
        var output = Path.Combine(temp.FullName, "deployed.zip");

        var result = await TeamsAppPackage.BuildForDeploymentAsync(BotAppId, "SreBot-abc.AzureWebsites.net", output, CancellationToken.None);

        Assert.True(result.Succeeded, $"manifest/package.sh --bot-id --host failed.\n{result.Description}");
        using var zip = ZipFile.OpenRead(output);
        var manifest = ReadManifest(zip);
        var id = BotAppId.ToLowerInvariant();
        Assert.Equal(id, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["srebot-abc.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(id, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://srebot-abc.azurewebsites.net/{id}", (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public async Task PackageScript_RejectsAHostThatIsAUrl()
    {
        var output = Path.Combine(temp.FullName, "deployed.zip");

        var result = await TeamsAppPackage.BuildForDeploymentAsync(BotAppId, "https://srebot.example.com/", output, CancellationToken.None);

        Assert.True(result.ExitCode is not (null or 0), $"package.sh accepted a URL as --host.\n{result.Description}");
        Assert.Contains("is not a host name", result.CombinedOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private async Task<ZipArchive> BuildPackageAsync()
    {
        var output = Path.Combine(temp.FullName, "out", "srebot-teams-app.zip");
        var result = await TeamsAppPackage.BuildAsync(BotAppId, output, CancellationToken.None);
        Assert.True(result.Succeeded, $"manifest/package.sh failed.\n{result.Description}");
        Assert.Equal(output, result.StandardOutput.Trim());
        return ZipFile.OpenRead(output);
    }

    private static JsonNode ReadManifest(ZipArchive zip) => JsonNode.Parse(ReadEntry(zip, "manifest.json"))!;

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"The package has no {name}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static JsonNode ParseReport(ProcessResult result)
    {
        try
        {
            return JsonNode.Parse(result.StandardOutput) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"The validator did not print a JSON report ({e.Message}).\n{result.Description}");
        }
    }
}
