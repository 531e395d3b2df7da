namespace SreBot.Bot.Security;

/// <summary>
/// Endpoint metadata: <see cref="AccessAuditMiddleware"/> records the route pattern (<c>/api/v1/users/{userId}</c>)
/// instead of the request path, for routes whose path names a person. The hash chain cannot forget what it holds.
/// </summary>
public sealed class AuditRoutePattern;
