using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using SreBot.Shared.Caching;

namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>
/// A Teams user's roles from Entra, cached per user for <see cref="EntraRoleOptions.CacheDuration"/> (bounded by
/// <see cref="EntraRoleOptions.CacheCapacity"/>) and read again on a miss. A failure is never cached and never throws: it
/// comes back as <see cref="EntraRoleLookup.Failure"/> with no roles, so the caller fails closed.
/// </summary>
public sealed partial class EntraRoleDirectory(EntraRoleReader reader, IOptions<EntraRoleOptions> options, TimeProvider time, ILogger<EntraRoleDirectory> logger)
{
    private readonly ExpiringCache<IReadOnlySet<string>> _cache = new(time, options.Value.CacheDuration, options.Value.CacheCapacity, StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<EntraRoleLookup> GetRolesAsync(string userObjectId, CancellationToken cancellationToken)
    {
        // Graph knows users by object id; anything else cannot be one of its users (and is not sent to it).
        if (!IsConfigured || !Guid.TryParse(userObjectId, out _))
        {
            return EntraRoleLookup.None;
        }

        try
        {
            var (roles, cached) = await _cache.GetOrLoadAsync(userObjectId, token => reader.ReadAsync(userObjectId, token), cancellationToken);
            return new EntraRoleLookup(roles, cached, Failure: null);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = Classify(exception);
            LogReadFailed(logger, failure.Code, exception.GetType().Name);
            return new EntraRoleLookup(new HashSet<string>(), Cached: false, failure);
        }
    }

    private static EntraRoleFailure Classify(Exception exception) => exception switch
    {
        ApiException { ResponseStatusCode: 401 or 403 } api => EntraRoleFailure.Forbidden(api.ResponseStatusCode),
        ApiException api => EntraRoleFailure.Unavailable(api.ResponseStatusCode),
        EntraRoleReadException => EntraRoleFailure.Unusable(),
        _ => EntraRoleFailure.Unavailable(null),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roles could not be read from Microsoft Graph ({Code}, {ExceptionType}); the user holds no Entra role this turn")]
    private static partial void LogReadFailed(ILogger logger, string code, string exceptionType);
}
