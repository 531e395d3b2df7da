using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>Where the card screenshots go and where the renderer page's files are.</summary>
public static class CardGalleryFiles
{
    private const string PartOfTheRepository = "it is part of the repository: restore it with git";

    /// <summary>tests/TestResults/cards: one PNG per card and per step of the Playground walk-through, kept as a CI artefact.</summary>
    public static string ScreenshotDirectory => Path.Combine(ToolPaths.RepositoryRoot, "tests", "TestResults", "cards");

    /// <summary>The minified reference renderer (npm adaptivecards 3.0.x), loaded into the page as a script.</summary>
    public static string RendererLibrary => Require(
        Path.Combine(ToolPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.min.js"),
        "the Adaptive Cards reference renderer (npm adaptivecards); run `bash tests/run.sh` (it installs the Node tools)");

    /// <summary>The renderer's stylesheet (buttons, inputs), as hosts that use the library include it.</summary>
    public static string RendererStyles => Require(
        Path.Combine(ToolPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.css"),
        "the Adaptive Cards reference renderer (npm adaptivecards); run `bash tests/run.sh` (it installs the Node tools)");

    /// <summary>tests/tools/card-gallery/render-card.js: renders one card into the page and reports the library's complaints.</summary>
    public static string RenderScript => Require(
        Path.Combine(ToolPaths.RepositoryRoot, "tests", "tools", "card-gallery", "render-card.js"), PartOfTheRepository);

    /// <summary>tests/tools/card-gallery/teams-host-config.json: a host config close to Teams' (its comment says where the values come from).</summary>
    public static string TeamsHostConfig => Require(
        Path.Combine(ToolPaths.RepositoryRoot, "tests", "tools", "card-gallery", "teams-host-config.json"), PartOfTheRepository);

    /// <summary>The path of a screenshot; the folder is created.</summary>
    public static string Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        return Path.Combine(ScreenshotDirectory, name + ".png");
    }

    private static string Require(string path, string hint) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: {hint}.", path);
}
