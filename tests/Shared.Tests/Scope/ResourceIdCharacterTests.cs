using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

/// <summary>Whitespace, control characters and Unicode lookalikes: none of them can be part of an id.</summary>
public sealed class ResourceIdCharacterTests
{
    /// <summary>Id → the code point the message must name.</summary>
    public static TheoryData<string, string> Lookalikes => new()
    {
        { SandboxIds.SubscriptionId + "/resourceGroups/rg-sh\u043Ep-prod", "U+043E" },          // Cyrillic 'о'
        { SandboxIds.ShopProd + "/providers/Microsoft.Web/sites/\u0430pp-checkout-api", "U+0430" }, // Cyrillic 'а'
        { SandboxIds.ShopProd + "\uFF0F..\uFF0Frg-finance-prod", "U+FF0F" },                   // full-width solidus
        { SandboxIds.ShopProd + "\u2215..\u2215rg-finance-prod", "U+2215" },                    // division slash
        { SandboxIds.ShopProd + "\u2044..\u2044rg-finance-prod", "U+2044" },                    // fraction slash
        { SandboxIds.ShopProd + "\u200B", "U+200B" },                                           // zero-width space
        { SandboxIds.ShopProd + "\uFEFF", "U+FEFF" },                                           // zero-width no-break space
        { SandboxIds.SubscriptionId + "/resourceGroups/rg-finance-prod\u202E", "U+202E" },      // right-to-left override
        { SandboxIds.SubscriptionId + "/resourceGroups/\uFF52g-shop-prod", "U+FF52" },          // full-width 'r'
        { SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod\u0301", "U+0301" },         // combining accent
        { SandboxIds.ShopProd + "\uD83D\uDE00", "U+D83D" },                                     // emoji (surrogate pair)
    };

    public static TheoryData<string> WhitespaceAndControl => new()
    {
        " " + SandboxIds.ShopProd,
        SandboxIds.ShopProd + " ",
        SandboxIds.SubscriptionId + "/resourceGroups/rg-shop prod",
        SandboxIds.ShopProd + "\t",
        SandboxIds.ShopProd + "\n/providers/Microsoft.Web/sites/app-checkout-api",
        SandboxIds.ShopProd + "\r\n",
        SandboxIds.ShopProd + "\0",
        SandboxIds.ShopProd + "\u0085",
        SandboxIds.ShopProd + "\u00A0",
        SandboxIds.ShopProd + "\u2028",
        SandboxIds.ShopProd + "\u3000",
    };

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public void UnicodeLookalike_IsRejected_AndTheMessageNamesItsCodePoint(string text, string codePoint)
    {
        Assert.False(ResourceId.TryParse(text, out _, out var error));

        Assert.Contains("not allowed", error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(codePoint, error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public void UnicodeLookalike_IsNotEchoedRaw_IntoTheMessage(string text, string codePoint)
    {
        Assert.False(ResourceId.TryParse(text, out _, out var error));

        var raw = (char)Convert.ToInt32(codePoint[2..], 16);
        Assert.DoesNotContain(raw, error);
        Assert.All(error, c => Assert.InRange(c, ' ', '~'));
    }

    [Theory]
    [MemberData(nameof(WhitespaceAndControl))]
    public void WhitespaceOrControlCharacter_IsRejected(string text)
    {
        Assert.False(ResourceId.TryParse(text, out var id, out var error));

        Assert.Null(id);
        Assert.Contains("not allowed", error, StringComparison.OrdinalIgnoreCase);
        Assert.All(error, c => Assert.InRange(c, ' ', '~'));
    }

    [Theory]
    [InlineData('?')]
    [InlineData('#')]
    [InlineData(':')]
    [InlineData('&')]
    [InlineData('=')]
    [InlineData('+')]
    [InlineData('*')]
    [InlineData('@')]
    [InlineData('~')]
    [InlineData('"')]
    [InlineData('<')]
    public void AsciiPunctuationOutsideArmNames_IsRejected_AndQuotedInTheMessage(char c)
    {
        // e.g. ".../rg-finance-prod?x=/resourceGroups/rg-shop-prod": a query or fragment must not hide the real group.
        var text = SandboxIds.FinanceProd + c + "x=/resourceGroups/rg-shop-prod";

        Assert.False(ResourceId.TryParse(text, out _, out var error));

        Assert.Contains($"'{c}'", error, StringComparison.Ordinal);
        Assert.Contains("not allowed", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AsciiNameCharacters_AreAccepted()
    {
        var id = ResourceId.Parse(SandboxIds.SubscriptionId + "/resourceGroups/Rg_shop-(prod).2");

        Assert.Equal("Rg_shop-(prod).2", id.ResourceGroup);
    }
}
