namespace SreBot.Shared.Estate;

/// <summary>The estate (or the provider's connection to it) is unavailable; the request may succeed later.</summary>
public sealed class EstateUnavailableException(string? detail = null)
    : EstateException($"Unavailable: the estate cannot be reached right now; try again later.{(string.IsNullOrWhiteSpace(detail) ? string.Empty : " " + detail)}");
