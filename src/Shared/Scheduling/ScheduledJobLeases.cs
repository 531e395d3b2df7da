namespace SreBot.Shared.Scheduling;

/// <summary>The lease names of scheduled jobs that run on one replica at a time.</summary>
public static class ScheduledJobLeases
{
    /// <summary>The default lease of job <paramref name="jobName"/>: <c>job:&lt;name&gt;</c>.</summary>
    public static string For(string jobName) => "job:" + jobName;
}
