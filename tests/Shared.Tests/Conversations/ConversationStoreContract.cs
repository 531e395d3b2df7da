using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Conversations;

namespace SreBot.Shared.Tests.Conversations;

/// <summary>
/// What every <see cref="IConversationStore"/> promises, run against each backend: messages in order, threads with their
/// participants, chat users and one-to-one chats, approval-card links, and the deletes that erasure and retention use
/// (a user's own threads whole, only their messages and SreBot's answers of shared ones, threads by last change).
/// </summary>
public abstract class ConversationStoreContract : IAsyncLifetime
{
    private const string Bot = "28:srebot";
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference AlicePersonal = new("msteams", "http://127.0.0.1:1/", "a:alice", "personal", "t");
    private static readonly ConversationReference Room = new("msteams", "http://127.0.0.1:1/", "19:room", "groupChat", "t");

    private IConversationStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    private IConversationStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend, on <paramref name="time"/>.</summary>
    protected abstract Task<IConversationStore> CreateStoreAsync(TimeProvider time);

    /// <summary>The store of a second replica over the same backend (its own connections), on <paramref name="time"/>.</summary>
    protected abstract Task<IConversationStore> CreateReplicaAsync(TimeProvider time);

    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Messages_AreReadBackInOrder_AndTheLimitKeepsTheLatest()
    {
        await SayAsync(Room, "alice", "in", "one");
        await SayAsync(Room, Bot, "out", "two");
        await SayAsync(Room, "bob", "in", "three");

        var all = await Store.GetMessagesAsync(Room.ThreadId, 10, Token);
        var latest = await Store.GetMessagesAsync(Room.ThreadId, 2, Token);

        Assert.Equal(["one", "two", "three"], all.Select(m => m.Text));
        Assert.Equal(new ChatMessage("alice", "alice name", "in", Start.AddMinutes(1), "one"), all[0]);
        Assert.Equal(["two", "three"], latest.Select(m => m.Text));
        Assert.Empty(await Store.GetMessagesAsync("thr_missing", 10, Token));
    }

    [Fact]
    public async Task AThread_HasItsMetadataAndThePeopleWhoWroteInIt()
    {
        await SayAsync(Room, "bob", "in", "one");
        await SayAsync(Room, Bot, "out", "two");
        await SayAsync(Room, "alice", "in", "three");

        var thread = await Store.GetThreadAsync(Room.ThreadId, Token);

        Assert.NotNull(thread);
        Assert.Equal(Room.ThreadId, thread.Id);
        Assert.Equal("msteams", thread.ChannelId);
        Assert.Equal("groupChat", thread.ConversationType);
        Assert.Equal(Start.AddMinutes(1), thread.CreatedAt);
        Assert.Equal(Start.AddMinutes(3), thread.UpdatedAt);
        Assert.Equal(["alice", "bob"], thread.Participants);
        Assert.Null(await Store.GetThreadAsync("thr_missing", Token));
    }

    [Fact]
    public async Task ChatUsersAndTheirOneToOneChats_AreRemembered_AndTheLatestWins()
    {
        await Store.RememberUserAsync(new ChatUser("alice", "29:old", "Alice"), Start, Token);
        await Store.RememberUserAsync(new ChatUser("alice", "29:alice", "Alice A"), Start.AddMinutes(1), Token);
        await Store.RememberUserAsync(new ChatUser("bob", "29:bob", null), Start, Token);
        await Store.RememberPersonalConversationAsync("alice", AlicePersonal, Token);

        Assert.Equal(["29:alice", "29:bob"], await Store.ChannelAccountIdsAsync(["bob", "alice", "alice", "carol"], Token));
        Assert.Empty(await Store.ChannelAccountIdsAsync([], Token));
        var chat = Assert.Single(await Store.PersonalConversationsAsync(["alice", "bob"], Token));
        Assert.Equal(new PersonalConversation("alice", "29:alice", AlicePersonal), chat);
        Assert.Equal(new RememberedChatUser("alice", "29:alice", "Alice A", Start.AddMinutes(1), AlicePersonal.ThreadId, Start),
            await Store.RememberedUserAsync("alice", Token));
        Assert.Equal(new RememberedChatUser("bob", "29:bob", null, Start, null, null), await Store.RememberedUserAsync("bob", Token));
        Assert.Null(await Store.RememberedUserAsync("carol", Token));
    }

    [Fact]
    public async Task ForgettingAUser_RemovesTheChatUserAndTheLink_ButNotTheThread()
    {
        await Store.RememberUserAsync(new ChatUser("alice", "29:alice", "Alice"), Start, Token);
        await Store.RememberPersonalConversationAsync("alice", AlicePersonal, Token);

        Assert.Equal(2, await Store.ForgetUserAsync("alice", Token));

        Assert.Null(await Store.RememberedUserAsync("alice", Token));
        Assert.Empty(await Store.PersonalConversationsAsync(["alice"], Token));
        Assert.NotNull(await Store.GetThreadAsync(AlicePersonal.ThreadId, Token));
        Assert.Equal(0, await Store.ForgetUserAsync("alice", Token));
    }

    [Fact]
    public async Task ApprovalCards_AreRecordedOncePerMessage()
    {
        await Store.RecordApprovalCardAsync("apr_1", Room, "act-1", Token);
        await Store.RecordApprovalCardAsync("apr_1", Room, "act-1", Token);
        await Store.RecordApprovalCardAsync("apr_1", AlicePersonal, "act-2", Token);
        await Store.RecordApprovalCardAsync("apr_2", Room, "act-3", Token);

        var cards = await Store.ApprovalCardsAsync("apr_1", Token);

        Assert.Equal([new ApprovalCardMessage(Room, "act-1"), new ApprovalCardMessage(AlicePersonal, "act-2")],
            cards.OrderBy(c => c.ActivityId, StringComparer.Ordinal));
        Assert.Empty(await Store.ApprovalCardsAsync("apr_missing", Token));
    }

    [Fact]
    public async Task DeletingAThread_TakesItsMessagesAndCardLinks_AndASecondDeleteSaysSo()
    {
        await SayAsync(Room, "alice", "in", "one");
        await Store.RecordApprovalCardAsync("apr_1", Room, "act-1", Token);
        await SayAsync(AlicePersonal, "alice", "in", "kept");

        Assert.True(await Store.DeleteThreadAsync(Room.ThreadId, Token));

        Assert.Null(await Store.GetThreadAsync(Room.ThreadId, Token));
        Assert.Empty(await Store.GetMessagesAsync(Room.ThreadId, 10, Token));
        Assert.Empty(await Store.ApprovalCardsAsync("apr_1", Token));
        Assert.False(await Store.DeleteThreadAsync(Room.ThreadId, Token));
        Assert.Single(await Store.GetMessagesAsync(AlicePersonal.ThreadId, 10, Token));
    }

    [Fact]
    public async Task AUsersOwnThreads_AreTheOneToOneChatsNobodyElseWroteIn()
    {
        var odd = new ConversationReference("msteams", "http://127.0.0.1:1/", "a:odd", "personal", "t");
        await SayAsync(AlicePersonal, "alice", "in", "alone");
        await SayAsync(AlicePersonal, Bot, "out", "answer");
        await SayAsync(Room, "alice", "in", "in the room");
        await SayAsync(odd, "alice", "in", "odd");
        await SayAsync(odd, "bob", "in", "bob odd");

        Assert.Equal([AlicePersonal.ThreadId], await Store.PersonalThreadIdsAsync("alice", Token));
        Assert.Empty(await Store.PersonalThreadIdsAsync("bob", Token));
        Assert.Equal(1, await Store.DeletePersonalThreadsAsync("alice", Token));

        Assert.Null(await Store.GetThreadAsync(AlicePersonal.ThreadId, Token));
        Assert.NotNull(await Store.GetThreadAsync(Room.ThreadId, Token));
        Assert.NotNull(await Store.GetThreadAsync(odd.ThreadId, Token));
    }

    [Fact]
    public async Task AUsersMessagesInSharedThreads_AreOnlyTheirOwn_AndGoWithSreBotsAnswersToThem()
    {
        await SayAsync(AlicePersonal, "alice", "in", "alone");
        await SayAsync(Room, "alice", "in", "alice 1");
        await SayAsync(Room, Bot, "out", "answer to alice 1");
        await SayAsync(Room, "bob", "in", "bob 1");
        await SayAsync(Room, Bot, "out", "answer to bob 1");
        await SayAsync(Room, "alice", "in", "alice 2");
        await SayAsync(Room, Bot, "out", "answer to alice 2");

        var mine = await Store.SharedThreadMessagesAsync("alice", Token);

        Assert.Equal([
            new SharedThreadMessage(Room.ThreadId, "msteams", "groupChat", "alice name", Start.AddMinutes(2), "alice 1"),
            new SharedThreadMessage(Room.ThreadId, "msteams", "groupChat", "alice name", Start.AddMinutes(6), "alice 2")], mine);
        Assert.Equal(4, await Store.DeleteSharedThreadMessagesAsync("alice", Token));
        Assert.Equal(["bob 1", "answer to bob 1"], (await Store.GetMessagesAsync(Room.ThreadId, 10, Token)).Select(m => m.Text));
        Assert.Equal(["alone"], (await Store.GetMessagesAsync(AlicePersonal.ThreadId, 10, Token)).Select(m => m.Text));
        Assert.Empty(await Store.SharedThreadMessagesAsync("alice", Token));
    }

    [Fact]
    public async Task ThreadsChangedBeforeTheCutoff_AreDeleted_AndNewerOnesStay()
    {
        await SayAsync(Room, "alice", "in", "old");
        await SayAsync(AlicePersonal, "alice", "in", "old too");
        Time.Advance(TimeSpan.FromDays(10));
        await SayAsync(AlicePersonal, "alice", "in", "new");

        Assert.Equal(1, await Store.DeleteThreadsChangedBeforeAsync(Start.AddDays(5), Token));

        Assert.Null(await Store.GetThreadAsync(Room.ThreadId, Token));
        Assert.Equal(["old too", "new"], (await Store.GetMessagesAsync(AlicePersonal.ThreadId, 10, Token)).Select(m => m.Text));
    }

    [Fact]
    public async Task TeamChannels_AreRemembered_TheLatestReferenceWins_AndTheyAreListedByTeamThenChannelInByteOrder()
    {
        var general = new ConversationReference("msteams", "http://127.0.0.1:1/", "19:general", "channel", "t");
        var moved = general with { ServiceUrl = "http://127.0.0.1:2/" };
        var ops = new ConversationReference("msteams", "http://127.0.0.1:1/", "19:ops", "channel", "t");
        var other = new ConversationReference("msteams", "http://127.0.0.1:1/", "19:other", "channel", "t");
        await Store.RememberChannelConversationAsync(new ChannelConversation("team-b", "19:general", general), Token);
        await Store.RememberChannelConversationAsync(new ChannelConversation("team-b", "19:general", moved), Token);
        await Store.RememberChannelConversationAsync(new ChannelConversation("team-b", "19:Ops", ops), Token);
        await Store.RememberChannelConversationAsync(new ChannelConversation("Team-z", "19:other", other), Token);

        Assert.Equal([
            new ChannelConversation("Team-z", "19:other", other),
            new ChannelConversation("team-b", "19:Ops", ops),
            new ChannelConversation("team-b", "19:general", moved)], await Store.ChannelConversationsAsync(Token));
    }

    [Fact]
    public async Task ReplicasRecordingIntoOneNewThreadAtOnce_MakeOneThread_AndKeepEveryMessage()
    {
        var stores = new[] { Store, await CreateReplicaAsync(Time) };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            stores[i % 2].RecordMessageAsync(Room, new ChatMessage($"user-{i:D2}", null, "in", Start, $"message {i}"), Token))));

        var thread = await stores[1].GetThreadAsync(Room.ThreadId, Token);
        Assert.NotNull(thread);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"user-{i:D2}"), thread.Participants);
        Assert.Equal(20, (await Store.GetMessagesAsync(Room.ThreadId, 100, Token)).Count);
    }

    [Fact]
    public async Task ReplicasRecordingOneApprovalCardAtOnce_RecordItOnce()
    {
        var stores = new[] { Store, await CreateReplicaAsync(Time) };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => stores[i % 2].RecordApprovalCardAsync("apr_1", Room, "act-1", Token))));

        Assert.Equal([new ApprovalCardMessage(Room, "act-1")], await stores[1].ApprovalCardsAsync("apr_1", Token));
    }

    /// <summary>A message one minute after the previous one.</summary>
    private async Task SayAsync(ConversationReference conversation, string author, string direction, string text)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var name = direction == "in" ? author + " name" : null;
        await Store.RecordMessageAsync(conversation, new ChatMessage(author, name, direction, Time.GetUtcNow(), text), Token);
    }
}
