namespace SreBot.Shared.Policy;

/// <summary>Reader (the default) allows read tools only; Privileged allows write tools, each after human approval.</summary>
public enum AccessMode
{
    Reader,
    Privileged,
}
