using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Agent.External;

/// <summary>Checks the <c>McpServers</c> list on start; every problem is named with the entry it belongs to.</summary>
public sealed partial class ExternalMcpServersValidator : IValidateOptions<ExternalMcpServersOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, ExternalMcpServersOptions options)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Servers.Count; i++)
        {
            var server = options.Servers[i];
            var label = $"{ExternalMcpServersOptions.SectionName}:{i}";
            if (!ExternalToolNames.IsValidServerName(server.Name))
            {
                errors.Add($"{label}:Name '{server.Name}' must be 1 to 32 characters of a-z, 0-9 and '-' (not at either end).");
            }
            else if (!names.Add(server.Name))
            {
                errors.Add($"{label}:Name '{server.Name}' is used by more than one server.");
            }
            else
            {
                label = $"{label} ('{server.Name}')";
            }

            ValidateUrl(server, label, errors);
            ValidateAuth(server, label, errors);
            ValidateTools(server, label, errors);
            if (server.Timeout < MinTimeout || server.Timeout > MaxTimeout)
            {
                errors.Add($"{label}:Timeout must be between 00:00:01 and 00:05:00, not {server.Timeout}.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateUrl(ExternalMcpServerOptions server, string label, List<string> errors)
    {
        if (!Uri.TryCreate(server.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{label}:Url must be an absolute http or https URL of the server's MCP endpoint (e.g. https://mcp.example.com/mcp).");
            return;
        }

        if (!string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Query))
        {
            errors.Add($"{label}:Url must carry no user name, password or query string: credentials never live in configuration.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
        {
            errors.Add($"{label}:Url must use https (plain http is accepted only for a loopback host such as 127.0.0.1).");
        }
    }

    private static void ValidateAuth(ExternalMcpServerOptions server, string label, List<string> errors)
    {
        switch (server.Auth)
        {
            case ExternalMcpAuth.None when !string.IsNullOrEmpty(server.TokenScope):
                errors.Add($"{label}:TokenScope is set but Auth is None: set Auth to AzureIdentity to send a token, or remove TokenScope.");
                break;
            case ExternalMcpAuth.AzureIdentity when string.IsNullOrWhiteSpace(server.TokenScope) || server.TokenScope.Any(char.IsWhiteSpace):
                errors.Add($"{label}:TokenScope is required with Auth AzureIdentity: the scope SreBot's Azure identity requests a token for (e.g. api://my-mcp-server/.default).");
                break;
            case ExternalMcpAuth.None or ExternalMcpAuth.AzureIdentity:
                break;
            default:
                errors.Add($"{label}:Auth must be None or AzureIdentity.");
                break;
        }
    }

    private static void ValidateTools(ExternalMcpServerOptions server, string label, List<string> errors)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tool in server.AllowedTools)
        {
            if (!ExternalToolNames.IsValidToolName(tool))
            {
                errors.Add($"{label}:AllowedTools entry '{tool}' is not a tool name SreBot can offer (letters, digits, '_' and '-').");
            }
            else if (ExternalToolNames.Function(server.Name, tool).Length > ExternalToolNames.MaxFunctionNameLength)
            {
                errors.Add($"{label}:AllowedTools entry '{tool}': '{ExternalToolNames.Function(server.Name, tool)}' is longer than {ExternalToolNames.MaxFunctionNameLength} characters; use a shorter server name.");
            }
            else if (BlockedOperations.Check(Normalise(tool), null) is { } blocked)
            {
                errors.Add($"{label}:AllowedTools entry '{tool}' is refused: {blocked}");
            }
            else if (!allowed.Add(tool))
            {
                errors.Add($"{label}:AllowedTools lists '{tool}' twice.");
            }
        }

        foreach (var tool in server.WriteTools.Where(t => !allowed.Contains(t)))
        {
            errors.Add($"{label}:WriteTools entry '{tool}' is not in AllowedTools; a write tool must be allowed explicitly as well.");
        }
    }

    // The blocked-verb check expects snake_case: 'deleteFile' and 'delete-file' become 'delete_File' and 'delete_file'.
    private static string Normalise(string tool) => WordBoundary().Replace(tool, "_").Replace('-', '_');

    private static bool IsLoopback(Uri url)
        => url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
