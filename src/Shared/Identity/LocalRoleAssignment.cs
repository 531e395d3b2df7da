namespace SreBot.Shared.Identity;

/// <summary>One local role of a user: which, who assigned it and when.</summary>
public sealed record LocalRoleAssignment(string Role, string AssignedBy, DateTimeOffset AssignedAt);
