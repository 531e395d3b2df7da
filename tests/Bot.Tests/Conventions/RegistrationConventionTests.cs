using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.McpServer;
using SreBot.Shared;

namespace SreBot.Bot.Tests.Conventions;

/// <summary>
/// docs/architecture.md, "Registrations": each folder registers itself through one static class
/// <c>&lt;Folder&gt;Registration</c> in <c>&lt;Folder&gt;Registration.cs</c>, whose extension methods are
/// <c>Add&lt;Folder&gt;</c> (services), <c>Map&lt;Folder&gt;</c> (endpoints) and <c>Use&lt;Folder&gt;</c> (middleware). At a project
/// root the folder is <c>SreBot&lt;Project&gt;</c>. Nothing is named <c>*ServiceCollectionExtensions</c>.
/// </summary>
public sealed class RegistrationConventionTests
{
    /// <summary>Building blocks other registrations call with arguments, not a folder's own registration.</summary>
    private static readonly string[] BuildingBlocks = ["AddStoreMigrations", "AddScheduledJob"];

    private static readonly Assembly[] Assemblies = [typeof(SreBotSharedRegistration).Assembly, typeof(SreBotMcpServerRegistration).Assembly, typeof(Program).Assembly];

    private static readonly string[] Projects = ["Shared", "McpServer", "Bot"];

    public static TheoryData<string> RegistrationClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()).Where(t => RegistrationMethods(t).Any()))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void TheHostAndEveryProject_HaveRegistrations()
        => Assert.All(Assemblies, a => Assert.Contains(a.GetTypes(), t => RegistrationMethods(t).Any()));

    [Fact]
    public void NoTypeOrFile_IsNamedServiceCollectionExtensions()
    {
        Assert.DoesNotContain(Assemblies.SelectMany(a => a.GetTypes()), t => t.Name.EndsWith("ServiceCollectionExtensions", StringComparison.Ordinal));
        Assert.DoesNotContain(SourceFiles(), f => Path.GetFileName(f).EndsWith("ServiceCollectionExtensions.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RegistrationClasses))]
    public void AClassThatRegisters_IsItsFoldersRegistration_WithAddMapOrUseFolder(string typeName)
    {
        var type = Assemblies.Select(a => a.GetType(typeName)).Single(t => t is not null)!;
        var folder = FolderOf(type.Namespace!, type.Assembly);

        Assert.Equal(folder + "Registration", type.Name);
        Assert.All(RegistrationMethods(type), method => Assert.True(
            method.Name == "Add" + folder || method.Name == "Map" + folder || method.Name == "Use" + folder || BuildingBlocks.Contains(method.Name),
            $"{type.Name}.{method.Name} should be Add{folder}, Map{folder} or Use{folder}"));
    }

    [Fact]
    public void EveryRegistrationFile_IsNamedForItsFolder_AndDeclaresThatClass()
    {
        var files = SourceFiles().Where(f => Path.GetFileName(f).EndsWith("Registration.cs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var directory = Path.GetDirectoryName(file)!;
            var project = Projects.SingleOrDefault(p => Path.GetFullPath(directory) == Path.GetFullPath(RepositoryFiles.PathOf("src", p)));
            var expected = (project is null ? Path.GetFileName(directory) : "SreBot" + project) + "Registration";
            Assert.Equal(expected + ".cs", Path.GetFileName(file));
            Assert.Contains($"static class {expected}", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> SourceFiles()
        => Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // The folder of a namespace: its last part, or SreBot<Project> at a project's root namespace.
    private static string FolderOf(string ns, Assembly assembly)
        => ns == assembly.GetName().Name ? ns.Replace(".", "", StringComparison.Ordinal) : ns[(ns.LastIndexOf('.') + 1)..];

    // Public extension methods that register services, endpoints or middleware (a route group's own endpoints excepted:
    // its folder's Map<Folder> maps the group).
    private static IEnumerable<MethodInfo> RegistrationMethods(Type type)
        => !type.IsAbstract || !type.IsSealed
            ? []
            : type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false))
                .Where(m => m.GetParameters()[0].ParameterType is var receiver
                            && receiver != typeof(RouteGroupBuilder)
                            && (receiver.IsAssignableTo(typeof(IServiceCollection)) || receiver.IsAssignableTo(typeof(IHostApplicationBuilder))
                                || receiver.IsAssignableTo(typeof(IEndpointRouteBuilder)) || receiver.IsAssignableTo(typeof(Microsoft.AspNetCore.Builder.IApplicationBuilder))));
}
