using SreBot.Shared.Policy;
using SreBot.Shared.Tests.Scope;
using static SreBot.Shared.Tests.Policy.PolicyFixtures;

namespace SreBot.Shared.Tests.Policy;

/// <summary>
/// The audit log records the denial code, so the order identity → role → mode → target kind → scope is part of the contract:
/// when several checks would fail, the first one in that order is reported.
/// </summary>
public sealed class PolicyCheckOrderTests
{
    private const string EscapeAttempt = SandboxIds.CheckoutApi + "/../../../../rg-finance-prod";

    [Theory]
    [InlineData(AccessMode.Reader)]
    [InlineData(AccessMode.Privileged)]
    public void Identity_IsCheckedBeforeRole(AccessMode mode)
    {
        var decision = Decide(new("", new HashSet<string>(), "mcp-http"), WriteResource, SandboxIds.LedgerApi, mode);

        Assert.Equal(DenialCode.Unauthenticated, decision.Denial);
    }

    [Fact]
    public void Reader_CallingAWriteToolOutOfScopeInReaderMode_GetsMissingRole()
    {
        var decision = Decide(Caller("reader"), WriteResource, SandboxIds.LedgerApi, AccessMode.Reader);

        Assert.Equal(DenialCode.MissingRole, decision.Denial);
    }

    [Theory]
    [InlineData(SandboxIds.LedgerApi)]
    [InlineData(EscapeAttempt)]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData(null)]
    public void Operator_InReaderMode_GetsReaderMode_WhateverTheTarget(string? target)
    {
        var decision = Decide(Caller("operator"), WriteResource, target, AccessMode.Reader);

        Assert.Equal(DenialCode.ReaderMode, decision.Denial);
    }

    [Theory]
    [InlineData(SandboxIds.LedgerApi)]
    [InlineData(EscapeAttempt)]
    public void Auditor_CallingAReadToolWithABadTarget_GetsMissingRole(string target)
    {
        var decision = Decide(Caller("auditor"), ReadResource, target, AccessMode.Privileged);

        Assert.Equal(DenialCode.MissingRole, decision.Denial);
    }

    [Fact]
    public void Admin_CallingAWriteToolInReaderMode_GetsMissingRole_NotReaderMode()
    {
        var decision = Decide(Caller("admin"), WriteResource, SandboxIds.CheckoutApi, AccessMode.Reader);

        Assert.Equal(DenialCode.MissingRole, decision.Denial);
    }

    [Theory]
    [InlineData("rg-finance-prod")]
    [InlineData("rg-shop-prod/../rg-finance-prod")]
    public void WriteToolWithoutAResourceTarget_IsRefusedForItsKind_BeforeScope(string target)
    {
        var decision = Decide(Caller("operator"), UnhintedGroup, target, AccessMode.Privileged);

        Assert.Equal(DenialCode.WrongTargetKind, decision.Denial);
    }

    [Fact]
    public void InvalidTarget_IsReportedBeforeKindOrScope()
    {
        var decision = Decide(Caller("operator"), WriteResource, SandboxIds.FinanceProd + "/", AccessMode.Privileged);

        Assert.Equal(DenialCode.InvalidTarget, decision.Denial);
    }

    [Fact]
    public void WrongKind_IsReportedBeforeScope()
    {
        // An out-of-scope resource group given to a resource tool: both wrong kind and out of scope.
        var decision = Decide(Caller("operator"), WriteResource, SandboxIds.FinanceProd, AccessMode.Privileged);

        Assert.Equal(DenialCode.WrongTargetKind, decision.Denial);
    }

    [Fact]
    public void OutOfScope_IsReportedOnlyOnceEverythingElsePasses()
    {
        var decision = Decide(Caller("operator"), WriteResource, SandboxIds.LedgerApi, AccessMode.Privileged);

        Assert.Equal(DenialCode.OutOfScope, decision.Denial);
        Assert.Equal(SandboxIds.LedgerApi.ToLowerInvariant(), decision.Target?.Canonical);
    }
}
