namespace SreBot.Bench;

/// <summary>Which estates the subject is measured on: the Sandbox only (default), or the Sandbox and then the fake Azure.</summary>
public enum BenchEstate
{
    Sandbox,
    AzureFake,
}
