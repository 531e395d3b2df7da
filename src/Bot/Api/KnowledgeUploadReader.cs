using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SreBot.Shared.Knowledge;

namespace SreBot.Bot.Api;

/// <summary>
/// Reads an upload of at most a given size, as JSON <c>{name, content, contentType}</c> or as
/// <c>multipart/form-data</c> with one file (and an optional <c>name</c> field). Nothing larger is buffered.
/// </summary>
public static class KnowledgeUploadReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<KnowledgeUpload> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return KnowledgeUpload.Refused(StatusCodes.Status415UnsupportedMediaType, "Send application/json {name, content, contentType} or multipart/form-data with a file.");
        }

        var body = await BoundedBody.ReadAsync(request.Body, request.ContentLength, maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
        }

        if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(body);
        }

        if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) && HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is { Length: > 0 and <= 200 } boundary)
        {
            return await FromMultipartAsync(body, boundary, cancellationToken);
        }

        return KnowledgeUpload.Refused(StatusCodes.Status415UnsupportedMediaType, "Send application/json {name, content, contentType} or multipart/form-data with a file.");
    }

    private static KnowledgeUpload FromJson(byte[] body)
    {
        KnowledgeUploadRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<KnowledgeUploadRequest>(body, Json);
        }
        catch (JsonException)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status400BadRequest, "The body is not valid JSON of the form {name, content, contentType}.");
        }

        if (request?.Content is null)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status400BadRequest, "'content' is required.");
        }

        try
        {
            return new KnowledgeUpload(request.Name, request.ContentType ?? KnowledgeContentTypes.Markdown, StrictUtf8.GetBytes(request.Content));
        }
        catch (EncoderFallbackException)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status400BadRequest, "'content' is not valid Unicode text.");
        }
    }

    private static async Task<KnowledgeUpload> FromMultipartAsync(byte[] body, string boundary, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false));
        string? name = null;
        KnowledgeUpload? file = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancellationToken);
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (!string.IsNullOrEmpty(fileName) && file is null)
                {
                    file = new KnowledgeUpload(fileName, section.ContentType, content.ToArray());
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == "name")
                {
                    name = Encoding.UTF8.GetString(content.ToArray());
                }
            }
        }
        catch (IOException)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status400BadRequest, "The multipart body could not be read.");
        }

        if (file is null)
        {
            return KnowledgeUpload.Refused(StatusCodes.Status400BadRequest, "The multipart body has no file.");
        }

        // The type is settled from the file part (its declared type, else its file name), before a name field renames it.
        return KnowledgeContentTypes.Normalize(file.ContentType, file.Name) is { } type
            ? file with { Name = string.IsNullOrWhiteSpace(name) ? file.Name : name, ContentType = type }
            : KnowledgeUpload.Refused(StatusCodes.Status415UnsupportedMediaType, "Only Markdown (text/markdown, .md) and plain text (text/plain, .txt) in UTF-8 are accepted.");
    }
}
