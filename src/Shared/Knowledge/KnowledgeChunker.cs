using System.Text;
using System.Text.RegularExpressions;

namespace SreBot.Shared.Knowledge;

/// <summary>
/// Splits a document into passages: a new section at every Markdown heading (outside code fences), paragraphs packed
/// together up to the size limit, and a paragraph longer than the limit cut at lines, then spaces. Each passage keeps
/// the heading path it sits under and its position in the document.
/// </summary>
public static partial class KnowledgeChunker
{
    public const string HeadingSeparator = " › ";

    public static IReadOnlyList<KnowledgeChunk> Split(string text, bool markdown, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 50);
        var chunks = new List<KnowledgeChunk>();
        var headings = new string?[6];
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var inFence = false;

        void EndParagraph()
        {
            var value = paragraph.ToString().Trim();
            paragraph.Clear();
            if (value.Length > 0)
            {
                paragraphs.Add(value);
            }
        }

        void EndSection()
        {
            EndParagraph();
            var heading = string.Join(HeadingSeparator, headings.Where(h => h is not null));
            Pack(paragraphs, maxCharacters, heading.Length == 0 ? null : heading, chunks);
            paragraphs.Clear();
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (markdown && Fence().IsMatch(line))
            {
                inFence = !inFence;
                paragraph.Append(line).Append('\n');
                continue;
            }

            if (markdown && !inFence && Heading().Match(line) is { Success: true } heading)
            {
                EndSection();
                var level = heading.Groups["marks"].Value.Length;
                headings[level - 1] = heading.Groups["title"].Value.Trim();
                Array.Clear(headings, level, headings.Length - level);
                continue;
            }

            if (!inFence && string.IsNullOrWhiteSpace(line))
            {
                EndParagraph();
                continue;
            }

            paragraph.Append(line).Append('\n');
        }

        EndSection();
        return chunks;
    }

    private static void Pack(List<string> paragraphs, int max, string? heading, List<KnowledgeChunk> chunks)
    {
        var current = new StringBuilder();
        foreach (var piece in paragraphs.SelectMany(p => Cut(p, max)))
        {
            if (current.Length > 0 && current.Length + 2 + piece.Length > max)
            {
                chunks.Add(new KnowledgeChunk(chunks.Count, heading, current.ToString()));
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n\n" : string.Empty).Append(piece);
        }

        if (current.Length > 0)
        {
            chunks.Add(new KnowledgeChunk(chunks.Count, heading, current.ToString()));
        }
    }

    // A paragraph longer than the limit: cut at the last line break, else the last space, else hard at the limit.
    private static IEnumerable<string> Cut(string paragraph, int max)
    {
        var rest = paragraph;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf(' ', max - 1);
            }

            if (cut < max / 2)
            {
                cut = max;
            }

            yield return rest[..cut].Trim();
            rest = rest[cut..].Trim();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})[ \t]+(?<title>.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();
}
