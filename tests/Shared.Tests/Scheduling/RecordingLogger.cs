using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Tests.Scheduling;

/// <summary>A logger that keeps every entry (level, event id, message, exception) and reports each to <see cref="Entries"/>.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public Channel<LogRecord> Entries { get; } = Channel.CreateUnbounded<LogRecord>();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => Entries.Writer.TryWrite(new LogRecord(logLevel, eventId.Id, formatter(state, exception), exception));
}
