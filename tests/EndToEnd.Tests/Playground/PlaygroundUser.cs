namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>A person in the Playground's mock tenant: <paramref name="Id"/> is the Teams account id (<c>from.id</c>),
/// <paramref name="AadObjectId"/> the Entra object id the activities claim (<c>from.aadObjectId</c>).</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId)
{
    /// <summary>Who SreBot takes them for: in local mode a claimed id is its own namespace, <c>local:</c> + the object id.</summary>
    public string SreBotUserId => $"local:{AadObjectId}";
}
