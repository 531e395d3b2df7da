using System.Text;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>The checks the conformance suite recorded for one scenario.</summary>
public sealed record ConformanceScenarioResult(string Scenario, IReadOnlyList<ConformanceCheck> Checks)
{
    /// <summary>At least one check ran and none failed or warned.</summary>
    public bool Passed => Checks.Count > 0 && Checks.All(c => c.Status is not ("FAILURE" or "WARNING"));

    public string Describe()
    {
        var text = new StringBuilder($"scenario {Scenario}: {(Passed ? "passed" : "NOT passed")}\n");
        foreach (var check in Checks)
        {
            text.Append("  ").Append(check.Status).Append(' ').Append(check.Id);
            if (!string.IsNullOrEmpty(check.ErrorMessage))
            {
                text.Append(": ").Append(check.ErrorMessage);
            }

            if (!check.Succeeded && check.Details is { } details)
            {
                text.Append("\n    details: ").Append(details.GetRawText());
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
