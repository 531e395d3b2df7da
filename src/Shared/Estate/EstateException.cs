namespace SreBot.Shared.Estate;

/// <summary>
/// A provider-neutral failure of the estate (not found, forbidden, throttled, unavailable). Every provider raises these
/// for those cases; the message is written for users and models, and the call path passes it on as the tool's error.
/// </summary>
public abstract class EstateException(string message) : Exception(message);
