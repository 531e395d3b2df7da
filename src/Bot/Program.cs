using SreBot.Bot.Activities;
using SreBot.Bot.Agent;
using SreBot.Bot.Alerts;
using SreBot.Bot.Agent.External;
using SreBot.Bot.Api;
using SreBot.Bot.Auth;
using SreBot.Bot.Connector;
using SreBot.Bot.Conversations;
using SreBot.Bot.Hosting;
using SreBot.Bot.Mcp;
using SreBot.Bot.Security;
using SreBot.Shared;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

// A setting that fails its validator (ValidateOnStart) leaves StartAsync unhandled, so that a host under test
// (WebApplicationFactory, which catches it from this entry point) sees it; run as a process, it is said plainly instead of a crash.
AppDomain.CurrentDomain.UnhandledException += InvalidSettingsLog.ExitOnInvalidSettings;

if (args is [TokenCommand.Name, ..])
{
    return TokenCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddSreBotShared(builder.Configuration);
builder.AddSecurity();
builder.AddAuth();
builder.AddMcp();
builder.Services.AddActivities();
builder.AddConnector();
builder.AddConversations();
builder.AddAgent();
builder.AddExternal();
builder.AddAlerts();
builder.AddHosting();

var app = builder.Build();
if (!LocalModeGuard.EnsureLoopback(app))
{
    await app.DisposeAsync(); // flushes the console logger, which writes on its own thread: the refusal must reach the output
    return 1;
}

app.UseSecurity();
app.MapGet("/healthz", () => TypedResults.Text("ok"));
app.MapMcp();
app.MapApi();
app.MapAlerts();
app.MapActivities();
// Started and stopped by hand rather than with RunAsync, which disposes the host before a start failure leaves Main: an
// unexpected failure then reaches the runtime, which prints it, and a host under test (WebApplicationFactory) reads it from
// this entry point while the host's services are still there. A refusal SreBot makes itself is logged, and the host disposed
// so the console logger's queue reaches the output, before exit status 1 (a setting that fails validation: see above).
try
{
    await app.StartAsync();
}
catch (Exception exception) when (exception is IOException or SchemaMigrationException or DatabaseNotSupportedException or DatabaseUnreachableException)
{
    // Could not listen (the port is taken, say: the host has logged why), or the database does not fit this binary
    // (newer, an edited migration, a store not built for it) or cannot be reached (StoreInitializer has logged why).
    await app.DisposeAsync();
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return Environment.ExitCode; // non-zero when a check after start refused to serve (LocalModeGuard)

public partial class Program;
