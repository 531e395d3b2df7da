using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SreBot.McpServer.Identity;
using SreBot.Shared;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.McpServer;

/// <summary>
/// <c>dotnet run --project src/McpServer</c>: the same tools and call path over stdio, for IDEs that launch a
/// server process. It acts as the user configured in <c>McpServer:Stdio</c> and shares the data directory
/// (and so the audit log, mode and scope) with the Bot host when pointed at the same folder.
/// </summary>
public static class StdioProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        // stdout carries the protocol: every log line goes to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSreBotShared(builder.Configuration);
        builder.Services.AddOptions<StdioIdentityOptions>().BindConfiguration(StdioIdentityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ICallerIdentityResolver, StdioCallerIdentityResolver>();
        builder.Services.AddSreBotMcpServer().WithStdioServerTransport();

        try
        {
            await builder.Build().RunAsync();
        }
        catch (SchemaMigrationException)
        {
            return 1; // the database does not fit this binary: StoreInitializer has logged why
        }

        return 0;
    }
}
