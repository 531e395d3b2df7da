namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>SreBot behind a Playground whose current user (who sends the messages) is <see cref="PlaygroundPeople.Operator"/>.</summary>
public sealed class OperatorAtTheKeyboardFixture() : SreBotPlaygroundFixture(PlaygroundTenant.OperatorAtTheKeyboard);
