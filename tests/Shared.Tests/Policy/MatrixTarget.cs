namespace SreBot.Shared.Tests.Policy;

/// <summary>The kinds of target a matrix cell sends; <see cref="PolicyMatrixData"/> turns each into a concrete value per tool.</summary>
public enum MatrixTarget
{
    InScope,
    OutOfScope,
    Invalid,

    /// <summary>A resource group id to a resource tool; a resource id to a resource-group tool.</summary>
    WrongKind,

    /// <summary>A bare subscription id, to either kind of tool.</summary>
    SubscriptionId,
}
