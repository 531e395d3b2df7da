using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Http;

/// <summary>What a request is for: the ARM action it needs and the scope it acts on, so a refusal can name both.</summary>
/// <param name="Action">The RBAC action the call needs, e.g. <c>Microsoft.Insights/metrics/read</c>.</param>
/// <param name="Scope">The resource, group or subscription the call reads or changes.</param>
internal sealed record AzureCall(string Action, ResourceId Scope);
