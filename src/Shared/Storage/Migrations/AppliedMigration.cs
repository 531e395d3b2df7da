namespace SreBot.Shared.Storage.Migrations;

/// <summary>A row of <c>schema_migrations</c>: a migration a database has applied, when, and the checksum it had then.</summary>
public sealed record AppliedMigration(string Store, int Version, string Name, string Checksum, DateTimeOffset AppliedAt);
