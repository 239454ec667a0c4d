using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// A TCP forwarder on a fixed 127.0.0.1 port to the test PostgreSQL: "down" refuses connections, "up"
/// forwards them, and <see cref="DropConnections"/> cuts every open one — the database's outage and
/// restart as the API sees them on the network, without stopping the cluster other tests share.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly int _upstreamPort;
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;

    public TcpProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _accepting = new CancellationTokenSource();
        _ = AcceptAsync(_listener, _accepting.Token);
    }

    /// <summary>Cuts every forwarded connection (as a restart of PostgreSQL does); keeps accepting new ones.</summary>
    public void DropConnections()
    {
        foreach (var socket in _sockets.Keys)
        {
            _sockets.TryRemove(socket, out _);
            socket.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_accepting is not null)
        {
            await _accepting.CancelAsync();
            _accepting.Dispose();
        }

        _listener?.Stop();
        DropConnections();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, cancellationToken);
            }
            catch (Exception)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            _sockets[client] = 0;
            _sockets[upstream] = 0;
            _ = PumpAsync(client, upstream);
            _ = PumpAsync(upstream, client);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    break;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
        }

        _sockets.TryRemove(from, out _);
        _sockets.TryRemove(to, out _);
        from.Dispose();
        to.Dispose();
    }
}
