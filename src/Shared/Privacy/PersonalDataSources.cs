namespace SreBot.Shared.Privacy;

internal static class PersonalDataSources
{
    /// <summary>The sources in registration order; two sources with one category would overwrite each other's export section.</summary>
    public static IReadOnlyList<IPersonalDataSource> Distinct(IEnumerable<IPersonalDataSource> sources)
    {
        var list = sources.ToList();
        var duplicate = list.GroupBy(s => s.Category, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? list
            : throw new InvalidOperationException($"Two personal data sources share the category '{duplicate.Key}'.");
    }
}
