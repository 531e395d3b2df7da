using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// The bytes that are hashed and signed (see docs/audit.md). A record's hash is
/// <c>SHA-256(previous hash as 32 raw bytes || 0x01 || sequence as big-endian int64 || nine fields)</c>, each field
/// being <c>0x00</c> when null or <c>0x01 || big-endian uint32 byte length || UTF-8 bytes</c>.
/// </summary>
internal static class AuditCanonicalEncoding
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private const byte FormatVersion = 1;
    private const byte Absent = 0;
    private const byte Present = 1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// True when the text has exactly one UTF-8 form (no unpaired surrogates) and survives SQLite unchanged (no NUL),
    /// so that what is stored hashes to what was hashed.
    /// </summary>
    public static bool IsEncodable(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static byte[] ToUtf8(string value) => StrictUtf8.GetBytes(value);

    public static string ComputeHash(string previousHash, AuditChainFields fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(Convert.FromHexString(previousHash));
        buffer.Write([FormatVersion]);
        WriteInt64(buffer, fields.Sequence);
        WriteField(buffer, fields.Timestamp);
        WriteField(buffer, fields.EventType);
        WriteField(buffer, fields.ActorRef);
        WriteField(buffer, fields.Tool);
        WriteField(buffer, fields.ArgumentsHash);
        WriteField(buffer, fields.Decision);
        WriteField(buffer, fields.Outcome);
        WriteField(buffer, fields.CorrelationId);
        WriteField(buffer, fields.Detail);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The bytes the head's MAC covers: <c>0x01 || big-endian int64 sequence || hash field</c>.</summary>
    public static byte[] HeadBytes(AuditHead head)
    {
        var buffer = new ArrayBufferWriter<byte>(80);
        buffer.Write([FormatVersion]);
        WriteInt64(buffer, head.Sequence);
        WriteField(buffer, head.Hash);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The bytes the checkpoint's MAC covers: <c>0x01 || big-endian int64 sequence || hash field || created-at field</c>.
    /// </summary>
    public static byte[] CheckpointBytes(AuditCheckpoint checkpoint)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        buffer.Write([FormatVersion]);
        WriteInt64(buffer, checkpoint.Sequence);
        WriteField(buffer, checkpoint.Hash);
        WriteField(buffer, checkpoint.CreatedAt);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(sizeof(long)), value);
        buffer.Advance(sizeof(long));
    }

    private static void WriteField(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write([Absent]);
            return;
        }

        var length = StrictUtf8.GetByteCount(value);
        var span = buffer.GetSpan(1 + sizeof(uint) + length);
        span[0] = Present;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
        StrictUtf8.GetBytes(value, span[(1 + sizeof(uint))..]);
        buffer.Advance(1 + sizeof(uint) + length);
    }
}
