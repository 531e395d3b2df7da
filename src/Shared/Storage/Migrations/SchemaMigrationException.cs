namespace SreBot.Shared.Storage.Migrations;

/// <summary>The database's schema does not fit this binary (written by a newer SreBot, or a shipped migration was edited): the host refuses to start.</summary>
public sealed class SchemaMigrationException(string message) : Exception(message);
