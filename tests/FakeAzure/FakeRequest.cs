namespace SreBot.FakeAzure;

/// <summary>A request the fake received.</summary>
public sealed record FakeRequest(string Method, string Path, string Query);
