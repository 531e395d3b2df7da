namespace SreBot.FakeAzure;

/// <summary>A write the fake carried out (accepted and counted), once per request that reached it.</summary>
/// <param name="ResourceId">The resource it acted on, as the request's path spelled it (a container app revision for a revision restart).</param>
/// <param name="Operation"><see cref="FakeOperations.Restart"/> or <see cref="FakeOperations.Update"/>.</param>
/// <param name="Method">The HTTP method (POST, PUT, PATCH).</param>
public sealed record FakeExecution(string ResourceId, string Operation, string Method);
