using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SreBot.Shared.Serialization;

namespace SreBot.Shared.Audit;

/// <summary>SHA-256 over the canonical JSON of tool arguments (<see cref="CanonicalJson"/>).</summary>
public static class ArgumentsHash
{
    public static string Compute(IEnumerable<KeyValuePair<string, JsonElement>>? arguments) => Compute(CanonicalJson.Write(arguments));

    /// <summary>Hash of arguments already in canonical form.</summary>
    public static string Compute(string canonicalArguments) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalArguments)));
}
