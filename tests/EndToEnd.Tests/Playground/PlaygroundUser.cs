namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>A person in the Playground's mock tenant: <paramref name="Id"/> is the Teams account id (<c>from.id</c>),
/// <paramref name="AadObjectId"/> the Entra object id SreBot identifies them by (<c>from.aadObjectId</c>).</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId);
