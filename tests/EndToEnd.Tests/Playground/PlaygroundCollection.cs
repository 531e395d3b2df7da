namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>The Playground tests run one class at a time: each class starts its own bot, Playground (and browser).</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection
{
    public const string Name = "Agents Playground";
}
