namespace SreBot.FakeAzure;

/// <summary>
/// One log line the fake Log Analytics holds for a resource, in a table. <paramref name="Level"/> is the line's level as SreBot's
/// query normalises it (<c>Verbose</c>, <c>Information</c>, <c>Warning</c>, <c>Error</c>, <c>Critical</c>): the fake cannot evaluate
/// each table's own level expression, so the world states the outcome.
/// </summary>
public sealed record FakeLogRow(string ResourceId, string Table, DateTimeOffset Time, string Level, string Message);
