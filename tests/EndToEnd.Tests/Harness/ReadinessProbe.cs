using System.Net;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>Polls an HTTP endpoint of a starting server until it answers as expected, it exits, or a deadline passes.</summary>
public static class ReadinessProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static Task WaitAsync(
        ChildProcess server,
        Uri url,
        Func<HttpStatusCode, bool> isReady,
        TimeSpan deadline,
        CancellationToken cancellationToken)
        => WaitAsync(server, url, isReady, deadline, giveUp: null, cancellationToken);

    /// <param name="giveUp">Checked before every poll: a reason to stop waiting (e.g. the server said it moved to another port), or null.</param>
    public static async Task WaitAsync(
        ChildProcess server,
        Uri url,
        Func<HttpStatusCode, bool> isReady,
        TimeSpan deadline,
        Func<string?>? giveUp,
        CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        using var deadlineCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadlineCts.CancelAfter(deadline);
        var lastAttempt = "no attempt yet";
        while (true)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server exited before {url} was ready.\n{server.Describe()}");
            }

            if (giveUp?.Invoke() is { } reason)
            {
                throw new InvalidOperationException($"Stopped waiting for {url}: {reason}\n{server.Describe()}");
            }

            try
            {
                using var response = await http.GetAsync(url, deadlineCts.Token);
                if (isReady(response.StatusCode))
                {
                    return;
                }

                lastAttempt = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastAttempt = e.Message;
            }
            catch (TaskCanceledException) when (!deadlineCts.IsCancellationRequested)
            {
                lastAttempt = "request timed out";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }

            // Next poll, or earlier if the server dies meanwhile.
            try
            {
                await Task.WhenAny(server.Exited, Task.Delay(PollInterval, deadlineCts.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (deadlineCts.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        throw new TimeoutException(
            $"{url} was not ready within {deadline.TotalSeconds:0} s (last attempt: {lastAttempt}).\n{server.Describe()}");
    }
}
