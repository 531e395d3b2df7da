using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Blobs;

/// <summary>One Azurite for every test that needs Blob Storage; each test class works in containers of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteProcess>
{
    public const string Name = "Azurite";
}
