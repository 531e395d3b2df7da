using SreBot.Shared.Memories;

namespace SreBot.Bot.Api;

public sealed record MemoryView(string Id, string Text, string Visibility, string OwnerId, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static MemoryView From(Memory memory) => new(memory.Id, memory.Text, memory.Visibility, memory.OwnerId, memory.CreatedAt, memory.CreatedBy);
}
