using System.Text.Json;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>What a scale changes, as read just before: a web app's App Service plan, a plan, a VM scale set or a container app.</summary>
/// <param name="Id">The resource whose count changes.</param>
/// <param name="ApiVersion">The api-version its provider serves.</param>
/// <param name="Body">Its ARM JSON, read now.</param>
/// <param name="UsedBy">The web app the plan was reached through, if any.</param>
internal sealed record AzureScaleUnit(ResourceId Id, string ApiVersion, JsonElement Body, ResourceId? UsedBy);
