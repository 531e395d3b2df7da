namespace SreBot.Shared.Estate;

/// <summary>The instance counts a scale operation may ask for: defined here once, for the tool, its check and every provider.</summary>
public static class ScaleLimits
{
    public const int MinInstanceCount = 1;

    public const int MaxInstanceCount = 30;
}
