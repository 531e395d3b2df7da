namespace SreBot.Shared.Incidents;

/// <summary>
/// The response plans of this version: one, <c>default</c>, which investigates with the read tools as its own principal
/// <c>plan:default</c>. Configurable plans (match rules, tool lists, proposed writes) come with the next slice.
/// </summary>
public static class IncidentPlans
{
    public const string Default = "default";

    /// <summary>The principal (user id) a plan acts as.</summary>
    public static string Principal(string plan) => "plan:" + plan;
}
