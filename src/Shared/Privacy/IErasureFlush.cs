namespace SreBot.Shared.Privacy;

/// <summary>
/// What a storage backend does once a user's rows are erased: after erasure, make sure no earlier page image of erased
/// rows stays on disk (SQLite: fold the write-ahead log into the file and truncate it). A backend with nothing of that
/// kind to do returns at once.
/// </summary>
public interface IErasureFlush
{
    Task FlushErasedAsync(CancellationToken cancellationToken);
}
