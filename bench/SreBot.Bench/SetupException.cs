namespace SreBot.Bench;

/// <summary>The benchmark could not be set up (build missing, server did not start, handshake refused). Exit code 1.</summary>
public sealed class SetupException(string message) : Exception(message);
