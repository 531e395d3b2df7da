namespace SreBot.FakeAzure;

/// <summary>A service principal of the fake directory: object id, application (client) id, name and app role ids by value.</summary>
public sealed record FakeServicePrincipal(string Id, string AppId, string DisplayName, IReadOnlyDictionary<string, Guid> AppRoles);
