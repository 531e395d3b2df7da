namespace SreBot.Shared.Storage;

/// <summary>
/// The database could not be reached at start (the server down, a wrong host or port, a refused login): the host refuses
/// to start with the reason, never a crash. Its message names the database and host, never the connection string.
/// </summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : Exception(message, inner);
