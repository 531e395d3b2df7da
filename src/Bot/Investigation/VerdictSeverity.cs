namespace SreBot.Bot.Investigation;

/// <summary>How bad an investigated resource looks: the colour of its state on the card.</summary>
public enum VerdictSeverity
{
    /// <summary>Healthy and nothing to act on.</summary>
    Ok,

    /// <summary>Something to watch or act on, but the resource is not down.</summary>
    Warning,

    /// <summary>Unavailable, or impaired with a fix to apply.</summary>
    Critical,
}
