using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Blobs;
using SreBot.Shared.Identity;
using SreBot.Shared.Redaction;

namespace SreBot.Shared.Knowledge;

/// <summary>
/// Knowledge documents: admins add and purge them (original to the blob store as <c>knowledge/{id}.md</c> or
/// <c>.txt</c>, passages to the FTS5 index); investigators search them. Every change is audited before it happens.
/// A document's name and text are redacted once, as they come in: the blob, the passages and everything read from
/// them hold the redacted text, never the secrets the upload carried.
/// </summary>
public sealed class KnowledgeLibrary(IKnowledgeStore store, IBlobStore blobs, IAuditLog audit, IOptions<KnowledgeOptions> options, TimeProvider time)
{
    public const int MaxNameLength = 200;
    public const int MaxSearchResults = 20;
    public const int MaxListed = 1000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public KnowledgeOptions Options => options.Value;

    /// <summary>How search scores passages (the store's <see cref="IKnowledgeStore.Ranking"/>).</summary>
    public string Ranking => store.Ranking;

    public async Task<KnowledgeUploadResult> AddAsync(CallerIdentity caller, string? name, string? contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        var type = KnowledgeContentTypes.Normalize(contentType, trimmed);
        var text = type is null ? null : Decode(content.Span);
        var result =
            !caller.HasRole(Roles.Admin) ? KnowledgeUploadResult.Refused(KnowledgeRefusal.Forbidden, $"Only users with the '{Roles.Admin}' role can add knowledge.")
            : trimmed.Length is 0 or > MaxNameLength || trimmed.Any(char.IsControl)
                ? KnowledgeUploadResult.Refused(KnowledgeRefusal.Invalid, $"'name' must be 1 to {MaxNameLength} characters without control characters.")
            : content.Length > Options.MaxDocumentBytes
                ? KnowledgeUploadResult.Refused(KnowledgeRefusal.TooLarge, $"A document may be at most {Options.MaxDocumentBytes} bytes.")
            : type is null ? KnowledgeUploadResult.Refused(KnowledgeRefusal.UnsupportedType,
                "Only Markdown (text/markdown) and plain text (text/plain) in UTF-8 are accepted.")
            : text is null ? KnowledgeUploadResult.Refused(KnowledgeRefusal.Invalid, "The content is not valid UTF-8 text (or contains binary control characters).")
            : string.IsNullOrWhiteSpace(text) ? KnowledgeUploadResult.Refused(KnowledgeRefusal.Invalid, "The document is empty.")
            : null;
        if (result is not null)
        {
            await audit.RecordAsync(KnowledgeAuditEvents.Refused, caller.UserId, AuditDecisions.Deny, AuditOutcomes.Refused, result.Refusal.ToString(), cancellationToken);
            return result;
        }

        text = SecretRedactor.Redact(text!, out var secrets);
        trimmed = SecretRedactor.Redact(trimmed, out var inName);
        var chunks = KnowledgeChunker.Split(text, type == KnowledgeContentTypes.Markdown, Options.MaxChunkCharacters);
        var id = $"kd_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var document = new KnowledgeDocument(id, trimmed, type!, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), chunks.Count,
            $"knowledge/{id}{(type == KnowledgeContentTypes.Markdown ? ".md" : ".txt")}", caller.UserId, time.GetUtcNow());

        await audit.RecordAsync(KnowledgeAuditEvents.Created, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Created, id, cancellationToken);
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            await blobs.WriteAsync(document.BlobName, stream, cancellationToken);
        }

        try
        {
            await store.AddAsync(document, chunks, cancellationToken);
        }
        catch
        {
            await blobs.DeleteAsync(document.BlobName, CancellationToken.None);
            throw;
        }

        return new KnowledgeUploadResult(document, SecretsRedacted: secrets + inName);
    }

    public Task<IReadOnlyList<KnowledgeDocument>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(MaxListed, cancellationToken);

    public Task<KnowledgeDocument?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    /// <summary>The stored document (as uploaded, secrets redacted) as text, or null when the document or its blob is gone.</summary>
    public async Task<string?> ReadContentAsync(KnowledgeDocument document, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(document.BlobName, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
        => store.SearchAsync(query, Math.Clamp(limit, 1, MaxSearchResults), cancellationToken);

    /// <summary>Purges the document: database rows, index entries and the blob. False when there is no such document.</summary>
    public async Task<bool> DeleteAsync(CallerIdentity caller, string id, CancellationToken cancellationToken)
    {
        if (!caller.HasRole(Roles.Admin) || await store.GetAsync(id, cancellationToken) is not { } document)
        {
            return false;
        }

        await audit.RecordAsync(KnowledgeAuditEvents.Deleted, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Deleted, id, cancellationToken);
        await PurgeAsync(document, cancellationToken);
        return true;
    }

    /// <summary>Removes a document's rows, index entries and blob, without an audit record of its own (retention records its run).</summary>
    internal async Task PurgeAsync(KnowledgeDocument document, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(document.Id, cancellationToken);
        await blobs.DeleteAsync(document.BlobName, cancellationToken);
    }

    // Strict UTF-8 (a BOM is dropped); text with NUL or other C0 controls besides tab and line breaks is binary.
    private static string? Decode(ReadOnlySpan<byte> content)
    {
        try
        {
            var text = StrictUtf8.GetString(content.StartsWith(Encoding.UTF8.Preamble) ? content[3..] : content);
            return text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

}
