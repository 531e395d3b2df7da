using System.Security.Claims;
using System.Threading.Channels;
using ModelContextProtocol.Protocol;

namespace SreBot.McpServer.InProcess;

/// <summary>
/// A server transport that stamps every incoming message with one user, as the Streamable HTTP transport stamps
/// messages with the authenticated user of their request. The call path then sees that user like any other caller.
/// </summary>
public sealed class UserBoundTransport : ITransport
{
    private readonly ITransport _inner;
    private readonly Channel<JsonRpcMessage> _incoming = Channel.CreateUnbounded<JsonRpcMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _disposed;

    public UserBoundTransport(ITransport inner, ClaimsPrincipal user)
    {
        _inner = inner;
        _pump = PumpAsync(user, _stop.Token);
    }

    public string? SessionId => _inner.SessionId;

    public ChannelReader<JsonRpcMessage> MessageReader => _incoming.Reader;

    public Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default) => _inner.SendMessageAsync(message, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _inner.DisposeAsync();
        try
        {
            await _pump;
        }
        catch (OperationCanceledException)
        {
            // Stopped with the transport.
        }

        _stop.Dispose();
    }

    private async Task PumpAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _inner.MessageReader.ReadAllAsync(cancellationToken))
            {
                message.Context ??= new JsonRpcMessageContext();
                message.Context.User = user;
                await _incoming.Writer.WriteAsync(message, cancellationToken);
            }
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }
}
