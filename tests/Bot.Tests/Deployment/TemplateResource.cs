using System.Text.Json.Nodes;

namespace SreBot.Bot.Tests.Deployment;

/// <summary>One resource of a compiled template and the module deployments (outermost first) it is nested in.</summary>
public sealed record TemplateResource(JsonObject Node, IReadOnlyList<TemplateResource> Modules)
{
    public string Type => (string?)Node["type"] ?? "";

    public JsonNode? Properties => Node["properties"];

    /// <summary>The innermost module deployment holding this resource; null for a resource of main.bicep itself.</summary>
    public TemplateResource? Module => Modules.Count > 0 ? Modules[^1] : null;

    public string? ModuleName => (string?)Module?.Node["name"];
}
