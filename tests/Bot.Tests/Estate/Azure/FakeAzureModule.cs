using System.Runtime.CompilerServices;
using SreBot.FakeAzure;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>Installs the fake Azure's CA bundle (<c>SSL_CERT_FILE</c>) before any TLS happens in this test process.</summary>
internal static class FakeAzureModule
{
    [ModuleInitializer]
    internal static void Initialize() => FakeAzureTrust.Install();
}
