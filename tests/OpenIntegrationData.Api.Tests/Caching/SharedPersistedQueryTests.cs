using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// Two nodes sharing automatic persisted queries through a real Redis (a private <c>redis-server</c> on 127.0.0.1):
/// a query registered on one node runs by its hash on the other; without Redis each node keeps answering on its own.
/// </summary>
public sealed class SharedPersistedQueryTests : IAsyncLifetime
{
    private Process _redis = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        _port = FreePort();
        var startInfo = new ProcessStartInfo("redis-server")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            _redis = Process.Start(startInfo)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("redis-server is not installed: `apt-get install redis-server` (scripts/test.sh does).", exception);
        }

        _redis.BeginOutputReadLine();
        _redis.BeginErrorReadLine();
        await WaitUntilListeningAsync(_port);
    }

    public Task DisposeAsync()
    {
        _redis.Kill();
        _redis.WaitForExit();
        _redis.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task HashOnly_RegisteredOnAnotherNode_RunsThere()
    {
        await using var first = await PersistedOperationsServer.StartAsync(redis: $"127.0.0.1:{_port}");
        await using var second = await PersistedOperationsServer.StartAsync(redis: $"127.0.0.1:{_port}");
        const string query = "{ hello(name: \"shared\") }";
        var hash = AutomaticPersistedQueryTests.Sha256(query);

        var register = await first.GetAsync("/graphql?query=" + Uri.EscapeDataString(query) + "&extensions=" + Uri.EscapeDataString(AutomaticPersistedQueryTests.Extensions(hash)));
        var elsewhere = await second.PostAsync($$$"""{"extensions":{{{AutomaticPersistedQueryTests.Extensions(hash)}}}}""");

        Assert.Equal(200, register.Status);
        Assert.Equal(200, elsewhere.Status);
        Assert.Equal("Hello, shared!", JsonDocument.Parse(elsewhere.Body).RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task HashOnly_WithoutRedisBetweenTheNodes_IsNotFoundOnTheOther()
    {
        await using var first = await PersistedOperationsServer.StartAsync(redis: $"127.0.0.1:{_port}");
        await using var alone = await PersistedOperationsServer.StartAsync();
        const string query = "{ hello(name: \"alone\") }";
        var hash = AutomaticPersistedQueryTests.Sha256(query);

        await first.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(AutomaticPersistedQueryTests.Extensions(hash)).RootElement }));
        var elsewhere = await alone.PostAsync($$$"""{"extensions":{{{AutomaticPersistedQueryTests.Extensions(hash)}}}}""");

        Assert.Equal(400, elsewhere.Status);
        Assert.Contains("PersistedQueryNotFound", elsewhere.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WhileRedisIsUnreachable_StillWorksOnTheNodeItself()
    {
        await using var node = await PersistedOperationsServer.StartAsync(redis: $"127.0.0.1:{FreePort()},connectTimeout=500,syncTimeout=500,asyncTimeout=500");
        const string query = "{ hello(name: \"no redis\") }";
        var hash = AutomaticPersistedQueryTests.Sha256(query);

        var register = await node.PostAsync(JsonSerializer.Serialize(new { query, extensions = JsonDocument.Parse(AutomaticPersistedQueryTests.Extensions(hash)).RootElement }));
        var hashOnly = await node.PostAsync($$$"""{"extensions":{{{AutomaticPersistedQueryTests.Extensions(hash)}}}}""");
        var unknown = await node.PostAsync($$$"""{"extensions":{{{AutomaticPersistedQueryTests.Extensions(AutomaticPersistedQueryTests.Sha256("{ hello }"))}}}}""");

        Assert.Equal(200, register.Status);
        Assert.Equal(200, hashOnly.Status);
        Assert.Equal(400, unknown.Status);
        Assert.Contains("PersistedQueryNotFound", unknown.Body, StringComparison.Ordinal);
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
