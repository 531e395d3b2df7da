using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Blobs;

/// <summary>
/// Refuses to start with a blob configuration that would not work or that carries a real account key: connection
/// strings are accepted for the Azurite emulator only; a real storage account is reached with managed identity.
/// </summary>
public sealed partial class BlobStoreOptionsValidator : IValidateOptions<BlobStoreOptions>
{
    public const string EmulatorAccount = "devstoreaccount1";

    public ValidateOptionsResult Validate(string? name, BlobStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Kind))
        {
            return ValidateOptionsResult.Fail($"{BlobStoreOptions.SectionName}:Kind must be Local or AzureBlob.");
        }

        if (options.Kind == BlobStoreKind.Local)
        {
            return ValidateOptionsResult.Success;
        }

        if (!ContainerName().IsMatch(options.ContainerName ?? string.Empty) || options.ContainerName!.Contains("--", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail(
                $"{BlobStoreOptions.SectionName}:ContainerName '{options.ContainerName}' is not a valid container name (3-63 lower-case letters, digits and single hyphens).");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.ServiceUri is not null)
            {
                return ValidateOptionsResult.Fail($"Set either {BlobStoreOptions.SectionName}:ServiceUri or {BlobStoreOptions.SectionName}:ConnectionString (emulator only), not both.");
            }

            return IsEmulator(options.ConnectionString)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{BlobStoreOptions.SectionName}:ConnectionString is accepted only for the Azurite emulator (UseDevelopmentStorage=true, or the " +
                    $"{EmulatorAccount} account on a loopback endpoint). Account keys and SAS tokens do not belong in configuration: set " +
                    $"{BlobStoreOptions.SectionName}:ServiceUri and give SreBot's managed identity the 'Storage Blob Data Contributor' role on the container.");
        }

        if (options.ServiceUri is not { IsAbsoluteUri: true } uri)
        {
            return ValidateOptionsResult.Fail(
                $"{BlobStoreOptions.SectionName}:Kind is AzureBlob: set {BlobStoreOptions.SectionName}:ServiceUri (e.g. https://<account>.blob.core.windows.net), reached with managed identity.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return ValidateOptionsResult.Fail(
                $"{BlobStoreOptions.SectionName}:ServiceUri must not carry a query (SAS token) or credentials: SreBot uses managed identity.");
        }

        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri.Host))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{BlobStoreOptions.SectionName}:ServiceUri must use https.");
    }

    /// <summary>True for <c>UseDevelopmentStorage=true</c>, or the emulator account whose blob endpoint (if given) is on loopback.</summary>
    public static bool IsEmulator(string connectionString)
    {
        DbConnectionStringBuilder parts;
        try
        {
            parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return parts.Count == 1 && string.Equals(development?.ToString(), "true", StringComparison.OrdinalIgnoreCase);
        }

        if (!parts.TryGetValue("AccountName", out var account) || !string.Equals(account?.ToString(), EmulatorAccount, StringComparison.Ordinal)
            || parts.ContainsKey("SharedAccessSignature"))
        {
            return false;
        }

        return !parts.TryGetValue("BlobEndpoint", out var endpoint)
            || (Uri.TryCreate(endpoint?.ToString(), UriKind.Absolute, out var blobEndpoint) && IsLoopback(blobEndpoint.Host));
    }

    private static bool IsLoopback(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
