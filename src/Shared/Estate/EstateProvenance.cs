namespace SreBot.Shared.Estate;

/// <summary>Where an answer's data came from.</summary>
/// <param name="Provider">Provider name, e.g. <c>sandbox</c> or <c>azure</c>.</param>
/// <param name="Simulated">True when the data is generated rather than read from a real estate.</param>
/// <param name="Note">One sentence for people and models reading the answer.</param>
public sealed record EstateProvenance(string Provider, bool Simulated, string Note);
