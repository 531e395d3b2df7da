using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Blobs;

/// <summary>
/// The embedded default: blobs are files under <c>{DataDirectory}/blobs</c>, written to a temporary file and then renamed.
/// Folders are created 700 and files 600 (<see cref="OwnerOnly"/>).
/// </summary>
public sealed class LocalFolderBlobStore(IOptions<SreBotOptions> options) : IBlobStore
{
    public const string FolderName = "blobs";

    public string Root { get; } = Path.Combine(options.Value.ResolveDataDirectory(), FolderName);

    public async Task WriteAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        OwnerOnly.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}~{Guid.NewGuid():N}"; // '~' is not valid in a blob name, so listings never show it
        try
        {
            var owner = OwnerOnly.NewFile(FileMode.CreateNew, FileOptions.Asynchronous);
            owner.BufferSize = 81920;
            await using (var file = new FileStream(temporary, owner))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!BlobName.IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid blob name prefix.", nameof(prefix));
        }

        if (!Directory.Exists(Root))
        {
            yield break;
        }

        var names = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => BlobName.IsValid(name) && name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return name;
        }

        await Task.CompletedTask;
    }

    private string PathOf(string name) => Path.Combine(Root, BlobName.Validate(name).Replace('/', Path.DirectorySeparatorChar));
}
