namespace SreBot.McpServer.Tools.Remediation;

/// <summary>What an approved change did, as the estate reports it.</summary>
public sealed record RemediationResult(SourceInfo Source, string ResourceId, string Operation, bool Succeeded, string Message, DateTimeOffset CompletedAt);
