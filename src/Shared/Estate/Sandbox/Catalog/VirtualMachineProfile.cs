namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>A VM that idles by day and runs a nightly batch between <paramref name="BatchStartUtc"/> and <paramref name="BatchEndUtc"/>.</summary>
internal sealed record VirtualMachineProfile(
    int VCpus,
    double MemoryBytes,
    TimeSpan BatchStartUtc,
    TimeSpan BatchEndUtc,
    string BatchJob) : SandboxProfile;
