namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>An exception the application's own code throws, as it appears in its logs.</summary>
/// <param name="Route">The route that fails, e.g. <c>POST /api/checkout/submit</c>.</param>
/// <param name="StackFrame">The top frame, e.g. <c>at Contoso.Shop.Checkout.Promotions.PromotionEngine.Apply(Cart cart) in /src/.../PromotionEngine.cs:line 87</c>.</param>
internal sealed record CodeFailure(string Route, string ExceptionType, string ExceptionMessage, string StackFrame);
