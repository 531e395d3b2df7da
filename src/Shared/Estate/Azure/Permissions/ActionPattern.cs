namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>
/// Azure RBAC action matching: case-insensitive, where <c>*</c> in a pattern stands for any run of characters
/// (<c>*</c>, <c>Microsoft.Web/*</c>, <c>*/read</c>, <c>Microsoft.Web/sites/*/action</c>).
/// </summary>
internal static class ActionPattern
{
    public static bool Matches(string pattern, string action)
    {
        var parts = pattern.Trim().Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(parts[0], action, StringComparison.OrdinalIgnoreCase);
        }

        if (!action.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) || !action.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase)
            || action.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var position = parts[0].Length;
        var end = action.Length - parts[^1].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = action.IndexOf(middle, position, end - position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + middle.Length;
        }

        return true;
    }
}
