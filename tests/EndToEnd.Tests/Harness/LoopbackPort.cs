using System.Net;
using System.Net.Sockets;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>Free TCP ports on 127.0.0.1 for servers that must be told their port up front.</summary>
public static class LoopbackPort
{
    /// <summary>Asks the kernel for a free port on 127.0.0.1 and releases it for the caller to bind.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
