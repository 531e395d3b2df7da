namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>The people of the Playground's mock tenant in these tests (fixed ids, so failures are easy to read).</summary>
public static class PlaygroundPeople
{
    /// <summary>Has no role assignment, so in local mode SreBot gives her the default roles (reader, operator).</summary>
    public static PlaygroundUser Operator { get; } = new("user-olivia", "Olivia Operator", "0a1b2c3d-0000-4000-8000-000000000001");

    /// <summary>Made an approver through the API by the tests that need one.</summary>
    public static PlaygroundUser Approver { get; } = new("user-aaron", "Aaron Approver", "0a1b2c3d-0000-4000-8000-000000000002");

    /// <summary>The Playground's config file wants exactly five users besides the current one.</summary>
    public static IReadOnlyList<PlaygroundUser> Bystanders { get; } =
    [
        new("user-bea", "Bea Bystander", "0a1b2c3d-0000-4000-8000-000000000003"),
        new("user-carl", "Carl Bystander", "0a1b2c3d-0000-4000-8000-000000000004"),
        new("user-dina", "Dina Bystander", "0a1b2c3d-0000-4000-8000-000000000005"),
        new("user-emil", "Emil Bystander", "0a1b2c3d-0000-4000-8000-000000000006"),
    ];
}
