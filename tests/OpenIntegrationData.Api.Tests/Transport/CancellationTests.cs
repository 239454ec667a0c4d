using System.Net.Sockets;
using System.Text;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>A client that goes away cancels its request's execution.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class CancellationTests(TransportServer server)
{
    [Fact]
    public async Task Post_ClientDisconnects_CancelsTheResolvers()
    {
        var body = """{"query":"{ waitForCancellation }"}""";
        var request = $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
            await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes(request));
            await Task.Delay(200);
        }

        var completed = await Task.WhenAny(server.Cancellations.Task, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(server.Cancellations.Task, completed);
    }
}
