using System.Text.Json.Nodes;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards;
using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Tests.Cards;

public sealed class CardSerializationTests
{
    private static readonly AdaptiveCard Sample = new()
    {
        Body =
        [
            TextBlock.Markdown("hello") with { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.Medium },
            new FactSet([new Fact("Mode", "Reader")]),
            new Container([TextBlock.Markdown("inside")]) { Style = ContainerStyle.Emphasis, Separator = true },
            new ColumnSet(
            [
                new Column([TextBlock.Markdown("a")]) { Width = ColumnWidth.Auto },
                new Column([TextBlock.Markdown("b")]) { Width = ColumnWidth.Weight(2) },
            ]),
        ],
        Actions = [new ExecuteAction("Approve", "approve", new Dictionary<string, string> { ["approvalId"] = "apr_1" }) { Style = ActionStyle.Positive }],
        Refresh = new Refresh(new ExecuteAction("Refresh", "refresh"), ["29:1", "29:2"]),
        MsTeams = TeamsCardProperties.FullWidth,
    };

    [Fact]
    public void Card_IsAnAdaptiveCard_Version15()
    {
        var json = Sample.ToJsonObject();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
    }

    [Fact]
    public void Elements_CarryTheirSchemaTypes_AndCamelCaseEnums()
    {
        var body = Sample.ToJsonObject()["body"]!.AsArray();

        Assert.Equal(["TextBlock", "FactSet", "Container", "ColumnSet"], body.Select(e => (string?)e!["type"]));
        Assert.Equal("extraLarge", (string?)body[0]!["size"]);
        Assert.Equal("bolder", (string?)body[0]!["weight"]);
        Assert.Equal("attention", (string?)body[0]!["color"]);
        Assert.Equal("medium", (string?)body[0]!["spacing"]);
        Assert.True((bool?)body[0]!["wrap"]);
        Assert.Equal("emphasis", (string?)body[2]!["style"]);
        Assert.Equal("TextBlock", (string?)body[2]!["items"]![0]!["type"]);
        Assert.Equal("Column", (string?)body[3]!["columns"]![0]!["type"]);
        Assert.Equal("auto", (string?)body[3]!["columns"]![0]!["width"]);
        Assert.Equal(2, (int?)body[3]!["columns"]![1]!["width"]);
        Assert.Equal("Mode", (string?)body[1]!["facts"]![0]!["title"]);
    }

    [Fact]
    public void Nulls_AreOmitted()
    {
        var text = new AdaptiveCard { Body = [TextBlock.Markdown("x")] }.ToJsonObject();

        Assert.Equal(["type", "version", "body"], text.Select(p => p.Key));
        Assert.Equal(["type", "text", "wrap"], text["body"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Actions_AreActionExecute_WithVerbDataAndStyle()
    {
        var action = Sample.ToJsonObject()["actions"]![0]!;

        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("approve", (string?)action["verb"]);
        Assert.Equal("positive", (string?)action["style"]);
        Assert.Equal("""{"approvalId":"apr_1"}""", action["data"]!.ToJsonString());
    }

    [Fact]
    public void Refresh_HasAnActionExecute_AndTheUserIds()
    {
        var refresh = Sample.ToJsonObject()["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("refresh", (string?)refresh["action"]!["verb"]);
        Assert.Equal(["29:1", "29:2"], refresh["userIds"]!.AsArray().Select(id => (string?)id));
    }

    [Fact]
    public void Refresh_KeepsAtMost60DistinctUserIds()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"29:{i % 70}").Append(" ").ToList();

        var refresh = new Refresh(new ExecuteAction("Refresh", "refresh"), ids);

        Assert.Equal(Refresh.MaxUserIds, refresh.UserIds.Count);
        Assert.Equal(refresh.UserIds.Count, refresh.UserIds.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void ExecuteAction_WithoutAVerb_IsRefused(string verb)
    {
        Assert.Throws<ArgumentException>(() => new ExecuteAction("Go", verb));
    }

    [Fact]
    public void Attachment_HasTheAdaptiveCardContentType_AndTheCard()
    {
        var attachment = Sample.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", attachment.Content!.Value.GetProperty("type").GetString());
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
    }

    [Fact]
    public void InvokeResponse_ForCard_IsStatus200WithTheCard()
    {
        var response = CardInvokeResponse.ForCard(Sample).ToJsonObject();

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        Assert.True(JsonNode.DeepEquals(Sample.ToJsonObject(), response["value"]));
    }

    [Fact]
    public void InvokeResponse_ForMessage_IsStatus200WithCleanedText()
    {
        var response = CardInvokeResponse.ForMessage("Approval not found.\u0007" + new string('x', 1000)).ToJsonObject();

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        var text = (string)response["value"]!;
        Assert.StartsWith("Approval not found.x", text, StringComparison.Ordinal);
        Assert.Equal(CardInvokeResponse.MaxMessageLength, text.Length);
    }
}
