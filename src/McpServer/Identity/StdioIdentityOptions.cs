using System.ComponentModel.DataAnnotations;

namespace SreBot.McpServer.Identity;

/// <summary>
/// The user a stdio server acts as (section <c>McpServer:Stdio</c>). A process launched by an IDE has no
/// token to present, so the person who configures the launch decides who it is; audit records carry this id.
/// </summary>
public sealed class StdioIdentityOptions
{
    public const string SectionName = "McpServer:Stdio";

    [Required]
    [RegularExpression("^[A-Za-z0-9@._-]{1,128}$")]
    public string User { get; set; } = "local-stdio-user";

    public List<string> Roles { get; set; } = [SreBot.Shared.Identity.Roles.Reader];
}
