using System.Text.Json.Nodes;

namespace SreBot.Bot.Tests.Deployment;

/// <summary>
/// The ARM JSON that <c>bicep build infra/main.bicep</c> produces, with its nested module templates walked: every
/// resource with the chain of module deployments it sits in.
/// </summary>
public sealed class CompiledTemplate
{
    private CompiledTemplate(JsonObject root, string text)
    {
        Root = root;
        Text = text;
    }

    public JsonObject Root { get; }

    /// <summary>The whole template as text (for "appears nowhere" assertions).</summary>
    public string Text { get; }

    public static CompiledTemplate Parse(string json) => new(JsonNode.Parse(json)!.AsObject(), json);

    /// <summary>Every resource of the template and of every nested template, depth first.</summary>
    public IEnumerable<TemplateResource> Resources => Walk(Root, []);

    public IEnumerable<TemplateResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public TemplateResource OnlyOne(string type) => Assert.Single(OfType(type));

    /// <summary>The module deployment named <paramref name="deploymentName"/> (its <c>name</c> in main.bicep).</summary>
    public TemplateResource Module(string deploymentName) =>
        Assert.Single(OfType("Microsoft.Resources/deployments"), module => (string?)module.Node["name"] == deploymentName);

    /// <summary>Every <c>parameters</c> section, of the main template and of each module's template.</summary>
    public IEnumerable<(string Name, JsonObject Declaration)> ParameterDeclarations =>
        Templates(Root).SelectMany(template => Members(template["parameters"]));

    public IEnumerable<(string Name, JsonObject Declaration)> OutputDeclarations =>
        Templates(Root).SelectMany(template => Members(template["outputs"]));

    private static IEnumerable<JsonObject> Templates(JsonObject template)
    {
        yield return template;
        foreach (var resource in Items(template["resources"]))
        {
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Templates(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TemplateResource> Walk(JsonObject template, IReadOnlyList<TemplateResource> modules)
    {
        foreach (var resource in Items(template["resources"]))
        {
            var item = new TemplateResource(resource, modules);
            yield return item;
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested, [.. modules, item]))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Resources are an array (language version 1) or an object keyed by symbolic name (2.0).</summary>
    private static IEnumerable<JsonObject> Items(JsonNode? resources) => resources switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject map => map.Select(pair => pair.Value).OfType<JsonObject>(),
        _ => [],
    };

    private static IEnumerable<(string, JsonObject)> Members(JsonNode? section) =>
        section is JsonObject map ? map.Where(pair => pair.Value is JsonObject).Select(pair => (pair.Key, pair.Value!.AsObject())) : [];
}
