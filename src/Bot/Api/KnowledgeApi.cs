using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Shared.Identity;
using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Api;

/// <summary>
/// <c>/api/v1/knowledge</c>: investigators list and read documents; admins add them (JSON or multipart; Markdown and
/// plain text in UTF-8; 413 over <c>Knowledge:MaxDocumentBytes</c>, 415 for other types; stored with secrets redacted, the
/// answer says how many) and purge them (rows, index and blob).
/// </summary>
public static class KnowledgeApi
{
    private const string NotFound = "There is no knowledge document with this id.";

    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder api)
    {
        var readers = api.MapGroup("/knowledge").RequireAuthorization(policy => policy.RequireRole(Roles.Investigators));
        readers.MapGet("/", ListAsync);
        readers.MapGet("/{id}", GetAsync);

        var admins = api.MapGroup("/knowledge").RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        admins.MapPost("/", UploadAsync).DisableAntiforgery();
        admins.MapDelete("/{id}", DeleteAsync);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<KnowledgeDocumentView>>> ListAsync(KnowledgeLibrary library, CancellationToken cancellationToken)
        => TypedResults.Ok<IReadOnlyList<KnowledgeDocumentView>>([.. (await library.ListAsync(cancellationToken)).Select(d => KnowledgeDocumentView.From(d))]);

    private static async Task<Results<Ok<KnowledgeDocumentView>, ProblemHttpResult>> GetAsync(string id, KnowledgeLibrary library, CancellationToken cancellationToken)
        => await library.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(KnowledgeDocumentView.From(document, await library.ReadContentAsync(document, cancellationToken)))
            : TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Created<KnowledgeDocumentView>, ProblemHttpResult>> UploadAsync(
        HttpContext context, KnowledgeLibrary library, CancellationToken cancellationToken)
    {
        // Room for the document plus JSON escaping or multipart framing; the document itself is checked against the limit.
        var maxBody = (library.Options.MaxDocumentBytes * 2L) + (64 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBody;
        }

        var upload = await KnowledgeUploadReader.ReadAsync(context.Request, maxBody, cancellationToken);
        if (upload.Problem is not null)
        {
            return TypedResults.Problem(upload.Problem, statusCode: upload.Status);
        }

        var result = await library.AddAsync(ApiCaller.From(context), upload.Name, upload.ContentType, upload.Content, cancellationToken);
        return result.Document is { } document
            ? TypedResults.Created($"/api/v1/knowledge/{document.Id}", KnowledgeDocumentView.From(document) with { SecretsRedacted = result.SecretsRedacted })
            : TypedResults.Problem(result.Problem, statusCode: result.Refusal switch
            {
                KnowledgeRefusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
                KnowledgeRefusal.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
                KnowledgeRefusal.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext context, KnowledgeLibrary library, CancellationToken cancellationToken)
        => await library.DeleteAsync(ApiCaller.From(context), id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);
}
