namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>Why roles could not be read from Entra: a short code for the audit and a sentence for the person in chat.</summary>
public sealed record EntraRoleFailure(string Code, string Message)
{
    public const string ChatAdvice = "Until SreBot can read them you hold no role, so nothing can be investigated, requested or approved. Try again in a minute; if this persists, ask a SreBot admin to check SreBot's Microsoft Graph access (docs/deploy.md, \"People and roles\").";

    public static EntraRoleFailure Forbidden(int status) => new(
        $"graph_forbidden_{status}",
        $"SreBot could not read your roles from Microsoft Entra ID: its identity is not allowed to (Microsoft Graph answered {status}). {ChatAdvice}");

    public static EntraRoleFailure Unavailable(int? status) => new(
        status is { } code ? $"graph_unavailable_{code}" : "graph_unreachable",
        $"SreBot could not read your roles from Microsoft Entra ID: Microsoft Graph {(status is { } s ? $"answered {s}" : "did not answer")}. {ChatAdvice}");

    public static EntraRoleFailure Unusable() => new(
        "graph_unusable",
        $"SreBot could not read your roles from Microsoft Entra ID: Microsoft Graph's answer could not be used. {ChatAdvice}");
}
