using System.Net;
using System.Net.Sockets;

namespace OpenIntegrationData.LocalPostgres;

/// <summary>Asks the operating system for a TCP port on 127.0.0.1 that nobody listens on right now.</summary>
internal static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
