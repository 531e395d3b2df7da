using System.Text;
using SreBot.Shared.Blobs;

namespace SreBot.EndToEnd.Tests.Blobs;

/// <summary>
/// What every <see cref="IBlobStore"/> promises, run against each implementation (local folder; Azure Blob Storage on
/// Azurite): round trips, replace, delete, listing by prefix in ordinal order, invalid names refused, missing blobs.
/// </summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task Written_IsReadBack()
    {
        await WriteAsync("exports/u1/exp_1.json", """{"hello":"world"}""");

        Assert.Equal("""{"hello":"world"}""", await ReadAsync("exports/u1/exp_1.json"));
    }

    [Fact]
    public async Task Writing_AgainReplacesTheContent_AndLeavesOneBlob()
    {
        await WriteAsync("doc.md", "first version, longer than the second");
        await WriteAsync("doc.md", "second");

        Assert.Equal("second", await ReadAsync("doc.md"));
        Assert.Equal(["doc.md"], await ListAsync(""));
    }

    [Fact]
    public async Task Deleted_IsGone_AndASecondDeleteSaysSo()
    {
        await WriteAsync("a/b/c.txt", "x");

        Assert.True(await Store.DeleteAsync("a/b/c.txt", Token));
        Assert.False(await Store.DeleteAsync("a/b/c.txt", Token));
        Assert.Null(await Store.OpenReadAsync("a/b/c.txt", Token));
        Assert.Empty(await ListAsync(""));
    }

    [Fact]
    public async Task Missing_ReadsAsNull_AndDeletesAsFalse()
    {
        Assert.Null(await Store.OpenReadAsync("never/written.json", Token));
        Assert.False(await Store.DeleteAsync("never/written.json", Token));
        Assert.Empty(await ListAsync("never/"));
    }

    [Fact]
    public async Task List_FiltersByPrefix_InOrdinalOrder()
    {
        foreach (var name in new[] { "b/2.json", "a/2.json", "ab.json", "a/10.json", "a/1.json", "a-z.json" })
        {
            await WriteAsync(name, name);
        }

        Assert.Equal(["a-z.json", "a/1.json", "a/10.json", "a/2.json", "ab.json", "b/2.json"], await ListAsync(""));
        Assert.Equal(["a/1.json", "a/10.json", "a/2.json"], await ListAsync("a/"));
        Assert.Equal(["a-z.json", "a/1.json", "a/10.json", "a/2.json", "ab.json"], await ListAsync("a"));
        Assert.Equal(["a/1.json", "a/10.json"], await ListAsync("a/1"));
        Assert.Empty(await ListAsync("c/"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape.json")]
    [InlineData("a/../../escape.json")]
    [InlineData("a/./b.json")]
    [InlineData("/rooted.json")]
    [InlineData("trailing/")]
    [InlineData("double//slash.json")]
    [InlineData("Upper.json")]
    [InlineData("space name.json")]
    [InlineData("back\\slash.json")]
    [InlineData("temp~1234")]
    [InlineData("percent%2F.json")]
    public async Task InvalidNames_AreRefused_AndNothingIsWritten(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(name, "x"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(name, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(name, Token));
        Assert.Empty(await ListAsync(""));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("a//")]
    [InlineData("/a")]
    [InlineData("A/")]
    public async Task InvalidPrefixes_AreRefused(string prefix)
        => await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(prefix));

    [Fact]
    public async Task Readers_SeeTheOldOrTheNewContent_NeverAMix()
    {
        var old = new string('o', 512 * 1024);
        var @new = new string('n', 512 * 1024);
        await WriteAsync("big.txt", old);

        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await WriteAsync("big.txt", i % 2 == 0 ? @new : old);
            }
        });
        var seen = new List<string>();
        while (!writes.IsCompleted)
        {
            seen.Add(await ReadAsync("big.txt") ?? "(missing)");
        }

        await writes;
        Assert.All(seen, content => Assert.True(content == old || content == @new, $"a read saw {content.Length} characters of mixed or missing content"));
    }

    private async Task WriteAsync(string name, string content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        await Store.WriteAsync(name, stream, Token);
    }

    private async Task<string?> ReadAsync(string name)
    {
        await using var stream = await Store.OpenReadAsync(name, Token);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(Token);
    }

    private async Task<List<string>> ListAsync(string prefix)
    {
        var names = new List<string>();
        await foreach (var name in Store.ListAsync(prefix, Token))
        {
            names.Add(name);
        }

        return names;
    }
}
