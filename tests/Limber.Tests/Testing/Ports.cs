using System.Net;
using System.Net.Sockets;

namespace Limber.Tests.Testing;

public static class Ports
{
    /// <summary>A TCP port on 127.0.0.1 that the system just reported free.</summary>
    public static int Free()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
