namespace SreBot.Shared.Estate.Sandbox.Simulation;

internal static class ByteSize
{
    public const double GiB = 1024d * 1024 * 1024;
}
