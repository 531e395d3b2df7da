using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Tests.Knowledge;

public sealed class KnowledgeChunkerTests
{
    [Fact]
    public void Markdown_IsSplitAtHeadings_WithTheHeadingPath_AndPositionsInOrder()
    {
        var chunks = KnowledgeChunker.Split("intro text\n\n# Runbook\n\nfirst\n\n## Steps\n\n1. do this\n2. do that\n\n### Detail\n\ndeep\n\n## Follow up\n\nlater\n", markdown: true, 500);

        Assert.Equal([0, 1, 2, 3, 4], chunks.Select(c => c.Position));
        Assert.Equal([null, "Runbook", "Runbook › Steps", "Runbook › Steps › Detail", "Runbook › Follow up"], chunks.Select(c => c.Heading));
        Assert.Equal("1. do this\n2. do that", chunks[2].Text);
    }

    [Fact]
    public void AHashInsideACodeFence_IsNotAHeading()
    {
        var chunks = KnowledgeChunker.Split("# Top\n\n```sh\n# restart it\naz webapp restart\n```\n", markdown: true, 500);

        var chunk = Assert.Single(chunks);
        Assert.Equal("Top", chunk.Heading);
        Assert.Contains("# restart it", chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongParagraphs_AreCut_AndEveryChunkStaysWithinTheLimit_WithNothingLost()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"w{i}"));
        var text = $"short paragraph\n\n{words}\n\nanother one";

        var chunks = KnowledgeChunker.Split(text, markdown: false, 300);

        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 300));
        var joined = string.Join(' ', chunks.Select(c => c.Text.Replace("\n\n", " ", StringComparison.Ordinal)));
        Assert.Equal(text.Replace("\n\n", " ", StringComparison.Ordinal), joined);
    }

    [Fact]
    public void PlainText_HasNoHeadings()
    {
        var chunks = KnowledgeChunker.Split("# not a heading in plain text\n\nbody", markdown: false, 500);

        Assert.Null(Assert.Single(chunks).Heading);
    }
}
