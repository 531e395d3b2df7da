namespace SreBot.McpServer;

/// <summary>Entry point for IDEs that launch the MCP server as a process and talk over stdio.</summary>
public static class StdioProgram
{
    public static async Task<int> Main(string[] args)
    {
        await Task.Yield();
        Console.Error.WriteLine("stdio entry point: not built yet");
        return 1;
    }
}
