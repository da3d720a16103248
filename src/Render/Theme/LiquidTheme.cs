using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Limber.Diagnostics;

namespace Limber.Render.Theme;

/// <summary>
/// Liquid layouts (Fluid) of the theme, parsed once per build. Template problems are diagnostics that point at the
/// template file and line: syntax errors at parse time; unknown variables and filters when rendering.
/// </summary>
public sealed partial class LiquidTheme
{
    private static readonly FluidParser Parser = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IFluidTemplate?>> _layouts = new(StringComparer.Ordinal);
    private readonly ThemeFiles _files;
    private readonly TemplateOptions _options;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    public LiquidTheme(ThemeFiles files)
    {
        _files = files;
        _options = new TemplateOptions { StrictFilters = true };
        _options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Text.Slug.From(input.ToStringValue())));
        _options.Filters.AddFilter("json", (input, _, _) => new StringValue(System.Text.Json.JsonSerializer.Serialize(input.ToStringValue())));
    }

    /// <summary>Everything found wrong in the theme so far, each once, in a stable order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_diagnostics)
            {
                return [.. _diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
            }
        }
    }

    public bool HasLayout(string name) => _files.TryGet($"layouts/{name}.liquid", out _, out _);

    /// <summary>Renders a layout with the given model; returns null (and records a diagnostic) when it cannot.</summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> model, ImmutableHashSet<string> knownKeys)
    {
        var path = $"layouts/{layout}.liquid";
        if (!_files.TryGet(path, out var text, out var origin))
        {
            Report(Diagnostic.Error(DiagnosticCodes.TemplateMissing, $"layout '{layout}' not found (looked for theme/{path} and input/theme/{path})"));
            return null;
        }

        var template = _layouts.GetOrAdd(path, _ => new Lazy<IFluidTemplate?>(() =>
        {
            var parsed = Parse(text, origin);
            if (parsed is not null)
            {
                CheckMembers(text, origin, knownKeys);
            }

            return parsed;
        })).Value;

        if (template is null)
        {
            return null;
        }

        var undefined = new List<string>();
        var context = new TemplateContext(_options);
        context.Undefined = name =>
        {
            undefined.Add(name);
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        };
        foreach (var (key, value) in model)
        {
            context.SetValue(key, FluidValue.Create(value, _options));
        }

        string html;
        try
        {
            html = template.Render(context, HtmlEncoder.Default);
        }
        catch (Exception ex) when (ex is FluidException or InvalidOperationException)
        {
            var filter = UndefinedFilter().Match(ex.Message);
            var (line, col) = filter.Success ? Find(text, "| " + filter.Groups[1].Value) : (0, 0);
            Report(Diagnostic.Error(
                filter.Success ? DiagnosticCodes.TemplateUnknownFilter : DiagnosticCodes.TemplateRuntime,
                filter.Success ? $"unknown filter '{filter.Groups[1].Value}'" : ex.Message,
                origin,
                line,
                col));
            return null;
        }

        foreach (var name in undefined.Distinct())
        {
            var (line, col) = Find(text, name);
            Report(Diagnostic.Error(DiagnosticCodes.TemplateUnknownVariable, $"unknown variable '{name}'", origin, line, col));
        }

        return undefined.Count == 0 ? html : null;
    }

    private IFluidTemplate? Parse(string text, string origin)
    {
        if (Parser.TryParse(text, out var template, out var error))
        {
            return template;
        }

        var m = ParsePosition().Match(error);
        var message = error.Split('\n')[0].Trim();
        message = ParsePosition().Replace(message, "").Trim();
        Report(Diagnostic.Error(
            DiagnosticCodes.TemplateSyntax,
            $"template syntax error: {message}",
            origin,
            m.Success ? int.Parse(m.Groups[1].Value) : 0,
            m.Success ? int.Parse(m.Groups[2].Value) : 0));
        return null;
    }

    /// <summary>
    /// Fluid renders a missing member of a known object as empty. Check <c>site.x</c> and <c>page.x</c> member names
    /// against the model's keys, so a typo such as <c>page.titel</c> is an error rather than a blank.
    /// </summary>
    private void CheckMembers(string text, string origin, ImmutableHashSet<string> knownKeys)
    {
        foreach (Match tag in LiquidTag().Matches(text))
        {
            foreach (Match member in MemberAccess().Matches(tag.Value))
            {
                var key = member.Groups[1].Value + "." + member.Groups[2].Value;
                if (!knownKeys.Contains(key))
                {
                    var (line, col) = Position(text, tag.Index + member.Index);
                    Report(Diagnostic.Error(DiagnosticCodes.TemplateUnknownVariable, $"unknown variable '{key}'", origin, line, col));
                }
            }
        }
    }

    private void Report(Diagnostic d)
    {
        lock (_diagnostics)
        {
            if (_reported.Add(d.ToString()))
            {
                _diagnostics.Add(d);
            }
        }
    }

    private static (int Line, int Column) Find(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? (0, 0) : Position(text, index);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();

    [GeneratedRegex(@"Undefined filter '([^']+)'")]
    private static partial Regex UndefinedFilter();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"(?<![\w.])(site|page)\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex MemberAccess();
}
