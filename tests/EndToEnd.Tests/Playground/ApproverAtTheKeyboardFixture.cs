namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>SreBot behind a Playground whose current user (the browser's user) is <see cref="PlaygroundPeople.Approver"/>.</summary>
public sealed class ApproverAtTheKeyboardFixture() : SreBotPlaygroundFixture(PlaygroundTenant.ApproverAtTheKeyboard);
