using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ModelContextProtocol.AspNetCore.Authentication;
using ModelContextProtocol.Authentication;
using SreBot.McpServer.Identity;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Bot.Auth;

/// <summary>
/// One JwtBearer pipeline, two issuers: the local issuer (key in the data directory) and Entra ID.
/// A forwarding scheme picks the validator by the token's unverified <c>iss</c>; the chosen validator then checks
/// signature, issuer, audience and lifetime. Challenges come from the MCP scheme, which adds
/// <c>WWW-Authenticate: Bearer resource_metadata="…"</c> and serves RFC 9728 metadata.
/// </summary>
public static class AuthRegistration
{
    public const string BearerScheme = "Bearer";
    public const string LocalScheme = "LocalIssuer";
    public const string EntraScheme = "EntraId";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddKeys();
        builder.Services.AddSingleton(sp => LocalSigningKey.LoadOrCreate(sp.GetRequiredService<ISharedKeyStore>()));
        builder.Services.AddSingleton(sp => new LocalTokenIssuer(
            sp.GetRequiredService<LocalSigningKey>(),
            sp.GetRequiredService<IOptions<AuthOptions>>().Value.Local,
            sp.GetRequiredService<TimeProvider>()));

        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = BearerScheme;
                options.DefaultChallengeScheme = McpAuthenticationDefaults.AuthenticationScheme;
            })
            .AddPolicyScheme(BearerScheme, "Bearer token (local issuer or Entra ID)", options =>
                options.ForwardDefaultSelector = context => SelectScheme(context, auth))
            .AddJwtBearer(LocalScheme, _ => { })
            .AddJwtBearer(EntraScheme, options => ConfigureEntra(options, auth.Entra))
            .AddMcp(options => options.Events.OnResourceMetadataRequest = context =>
            {
                var request = context.HttpContext.Request;
                context.ResourceMetadata = new ProtectedResourceMetadata
                {
                    Resource = $"{request.Scheme}://{request.Host}/mcp",
                    ResourceName = "SreBot MCP server",
                    AuthorizationServers = auth.Entra.IsConfigured ? [auth.Entra.Authority] : [],
                    BearerMethodsSupported = ["header"],
                    // An OAuth-capable MCP client signs the person in at Entra for these scopes: no hand-pasted token.
                    ScopesSupported = auth.Entra.IsConfigured ? [.. auth.Entra.ResolveScopes()] : [],
                };
                return Task.CompletedTask;
            });

        // The local scheme needs the signing key, which lives in the data directory: configure it from services.
        foreach (var scheme in new[] { LocalScheme, EntraScheme })
        {
            builder.Services.AddOptions<JwtBearerOptions>(scheme).Configure<TimeProvider>((options, time) =>
            {
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new CachingTokenHandler(time));
            });
        }

        builder.Services.AddOptions<JwtBearerOptions>(LocalScheme).Configure<LocalSigningKey, IOptions<AuthOptions>>((options, key, authOptions) =>
        {
            var local = authOptions.Value.Local;
            options.MapInboundClaims = false;
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (!local.Enabled)
                    {
                        context.NoResult();
                    }

                    return Task.CompletedTask;
                },
            };
            options.TokenValidationParameters = StrictParameters(ClaimNames.Subject);
            options.TokenValidationParameters.ValidIssuer = local.Issuer;
            options.TokenValidationParameters.ValidAudience = local.Audience;
            options.TokenValidationParameters.IssuerSigningKey = key.ValidationKey;
        });

        builder.Services.AddSingleton<IClaimsTransformation, LocalRoleClaimsTransformation>();
        builder.Services.AddAuthorization(AuthPolicies.Add);
        return builder;
    }

    private static void ConfigureEntra(JwtBearerOptions options, EntraOptions entra)
    {
        options.MapInboundClaims = false;
        if (!entra.IsConfigured)
        {
            return;
        }

        options.Authority = entra.Authority;
        options.TokenValidationParameters = StrictParameters(ClaimNames.ObjectId);
        options.TokenValidationParameters.ValidIssuers = [entra.Authority, $"https://sts.windows.net/{entra.TenantId}/"];
        options.TokenValidationParameters.ValidAudiences = entra.Audiences;
    }

    // What every issuer must satisfy: RS256 only, signed, with an expiry, 5 minutes of clock skew, roles from "roles".
    private static TokenValidationParameters StrictParameters(string nameClaim) => new()
    {
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        NameClaimType = nameClaim,
        RoleClaimType = ClaimNames.Roles,
    };

    // Reads the unverified issuer only to choose a validator; the validator then verifies everything.
    private static string SelectScheme(HttpContext context, AuthOptions auth)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (auth.Entra.IsConfigured && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var handler = new JsonWebTokenHandler();
            var raw = header["Bearer ".Length..].Trim();
            if (handler.CanReadToken(raw) && !string.Equals(handler.ReadJsonWebToken(raw).Issuer, auth.Local.Issuer, StringComparison.Ordinal))
            {
                return EntraScheme;
            }
        }

        return auth.Local.Enabled || !auth.Entra.IsConfigured ? LocalScheme : EntraScheme;
    }
}
