using System.CommandLine;
using Limber.Options;

namespace Limber.Cli.Commands;

/// <summary>
/// The options <c>build</c> and <c>preview</c> share, declared once so both read them the same way: the folders, the base
/// URL, strictness and drafts. Each command makes its own instance (an option belongs to one command).
/// </summary>
public sealed class SharedOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "Input folder (content/, sources/, site.yml, …)", DefaultValueFactory = _ => "input", HelpName = "DIR" };

    public Option<string> Output { get; } = new("--output", "-o") { Description = "Output folder for the site (preview serves it)", DefaultValueFactory = _ => "output", HelpName = "DIR" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Use URL instead of site.yml's baseUrl (canonical links, sitemap), e.g. a deploy preview's address", HelpName = "URL" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Also build pages marked draft: true in their front matter" };

    /// <summary>Adds the shared options to <paramref name="command"/>, before its own.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Input, Output, BaseUrl, Strict, Drafts })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The build options the shared options set; the command adds its own with <c>with</c>.</summary>
    public BuildOptions Read(ParseResult parse) => new()
    {
        InputDirectory = parse.GetValue(Input)!,
        OutputDirectory = parse.GetValue(Output)!,
        BaseUrl = parse.GetValue(BaseUrl),
        Strict = parse.GetValue(Strict),
        IncludeDrafts = parse.GetValue(Drafts),
    };
}
