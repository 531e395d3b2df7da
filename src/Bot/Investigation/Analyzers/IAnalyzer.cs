namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>Reads one kind of signal in the evidence and reports what it finds; deterministic, no I/O.</summary>
public interface IAnalyzer
{
    IEnumerable<Finding> Analyze(Evidence evidence);
}
