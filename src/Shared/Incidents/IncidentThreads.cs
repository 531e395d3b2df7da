using SreBot.Shared.Conversations;

namespace SreBot.Shared.Incidents;

/// <summary>Each incident is a thread of its own; this is where that thread lives until a Teams channel post gives it one there.</summary>
public static class IncidentThreads
{
    public const string ChannelId = "srebot-incidents";

    public static ConversationReference ReferenceFor(string incidentId) => new(ChannelId, string.Empty, incidentId, "incident", null);

    public static string ThreadIdFor(string incidentId) => ReferenceFor(incidentId).ThreadId;
}
