namespace SreBot.Shared.Storage;

/// <summary>The configured database cannot hold every store this host needs (PostgreSQL before all stores are built for it): the host refuses to start.</summary>
public sealed class DatabaseNotSupportedException(string message) : Exception(message);
