using Microsoft.Extensions.Logging;

namespace SreBot.Bot.Agent;

/// <summary>
/// Loggers for the chat pipeline when <c>Privacy:StorePrompts</c> is off: <c>Microsoft.Extensions.AI</c> writes message
/// content and tool arguments only at Trace level, so Trace is switched off for them and nothing else changes.
/// </summary>
public sealed class ContentFreeLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new ContentFreeLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The host owns the inner factory.
    }

    private sealed class ContentFreeLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel > LogLevel.Trace && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
