namespace SreBot.Shared.Storage;

/// <summary>A store's tables. Scripts must be idempotent (<c>CREATE ... IF NOT EXISTS</c>); they run once at start.</summary>
public interface ISqliteSchema
{
    string Name { get; }

    string CreateScript { get; }
}
