using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Tests.Scheduling;

/// <summary>One entry a <see cref="RecordingLogger{T}"/> kept.</summary>
internal sealed record LogRecord(LogLevel Level, int EventId, string Message, Exception? Exception);
