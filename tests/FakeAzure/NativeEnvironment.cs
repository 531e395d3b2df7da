using System.Runtime.InteropServices;

namespace SreBot.FakeAzure;

/// <summary>The C library's <c>setenv</c>: the process environment native code (OpenSSL) reads.</summary>
internal static partial class NativeEnvironment
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);
}
