namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>An App Service plan's workers: how many, and what each one has.</summary>
/// <param name="PlatformOverheadBytes">Memory the platform and OS use on each worker.</param>
internal sealed record AppServicePlanProfile(
    int DefaultInstanceCount,
    int VCpusPerInstance,
    double MemoryBytesPerInstance,
    double PlatformOverheadBytes) : SandboxProfile;
