namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// The PostgreSQL twin of <see cref="FtsQuery"/>: the same words (<see cref="FtsQuery.Terms"/>), each bound as a parameter
/// and turned into a tsquery by <c>phraseto_tsquery</c>, which reads its argument as document text, never as tsquery
/// syntax, so <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>:*</c> or quotes in what a user typed are only characters. A compound such
/// as <c>app-checkout-api</c> becomes the phrase <c>app &lt;-&gt; checkout &lt;-&gt; api</c>, as FTS5 matches a quoted string.
/// The words are joined with <c>||</c> (any) or <c>&amp;&amp;</c> (every).
/// </summary>
/// <remarks>
/// Documents and words are both read through <see cref="Normalize"/> with the <c>simple</c> configuration, which the
/// stores' migrations repeat in their generated <c>tsvector</c> columns (a generated column cannot call this class):
/// <list type="bullet">
/// <item><c>simple</c> lower-cases and keeps every word. It is language-neutral on purpose: runbooks, alerts and log
/// lines are written in any language and are full of identifiers, and a language's stemmer and stop-word list
/// (<c>english</c>) would mangle those or drop words of another language. Unlike SQLite's <c>porter</c> tokenizer it does
/// not stem (<c>restarting</c> does not find <c>restart</c>) and does not fold diacritics (<c>cafe</c> does not find <c>café</c>).</item>
/// <item>ASCII punctuation becomes a space first, so the text splits where FTS5's <c>unicode61</c> splits it: PostgreSQL's
/// parser would otherwise keep <c>checkout-api.prod.internal</c> as one host name token, which a search for
/// <c>checkout</c> would not find.</item>
/// </list>
/// </remarks>
public static class PostgresFtsQuery
{
    /// <summary>The SQL that reads <paramref name="text"/> (a column or parameter) as the stores' generated <c>tsvector</c> columns do.</summary>
    public static string Normalize(string text) => $"regexp_replace({text}, '[[:punct:]]+', ' ', 'g')";

    /// <summary>
    /// A tsquery expression over bound parameters (<c>@fts0</c>, <c>@fts1</c>, …) for the text's words, every one of them
    /// with <paramref name="requireAll"/>; null when the text has no searchable word.
    /// </summary>
    public static (string Sql, (string Name, object? Value)[] Parameters)? Build(string? text, bool requireAll = false)
    {
        var terms = FtsQuery.Terms(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var parameters = terms.Select((term, i) => ($"fts{i}", (object?)term)).ToArray();
        var words = parameters.Select(p => $"phraseto_tsquery('simple', {Normalize("@" + p.Item1)})");
        return ($"({string.Join(requireAll ? " && " : " || ", words)})", parameters);
    }
}
