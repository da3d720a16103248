using System.Collections.Immutable;
using System.Text;
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

    /// <summary>Statements one layout may run for one page (the largest real listing page needs a few hundred thousand).</summary>
    public const int MaxSteps = 5_000_000;

    /// <summary>How deep includes may nest.</summary>
    public const int MaxRecursion = 64;

    /// <summary>Characters one layout may write for one page (32 MB).</summary>
    public const int MaxOutputChars = 32 * 1024 * 1024;

    public LiquidTheme(ThemeFiles files)
    {
        _files = files;
        // Bounded work: a loop over a huge range, a cyclic include or a page of gigabytes stops with a located error
        // instead of running (and growing) for ever, in build and in preview alike.
        _options = new TemplateOptions { StrictFilters = true, MaxSteps = MaxSteps, MaxRecursion = MaxRecursion };
        _options.ValueConverters.Add(value => value is Deferred deferred ? deferred.Value ?? NilValue.Instance : null);
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

    /// <summary>What is made of a layout's output while it is still in the render buffer (a minifier, say).</summary>
    public delegate string Finish(ReadOnlySpan<char> html);

    /// <summary>
    /// Renders a layout with the given model; returns null (and records a diagnostic) when it cannot. With a
    /// <paramref name="finish"/>, the output is handed to it in the render buffer, so no string of the unfinished page
    /// is made, and the result is what it returns.
    /// </summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> model, ImmutableHashSet<string> knownKeys, Finish? finish = null)
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
            var buffer = _buffer ?? new StringBuilder(InitialBufferChars);
            _buffer = null; // a layout rendered while this one is (none today) gets a builder of its own
            try
            {
                buffer.Clear();
                using var writer = new BoundedWriter(buffer, MaxOutputChars);
                var rendering = template.RenderAsync(writer, HtmlEncoder.Default, context);
                if (!rendering.IsCompletedSuccessfully)
                {
                    rendering.AsTask().GetAwaiter().GetResult();
                }

                html = finish is null ? buffer.ToString() : Finished(buffer, finish);
            }
            finally
            {
                if (buffer.Capacity <= KeptBufferChars)
                {
                    _buffer = buffer;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Every template or data problem becomes a diagnostic at the template's line: never LMB9000.
            var filter = UndefinedFilter().Match(ex.Message);
            var (code, message, needle) = ex switch
            {
                _ when filter.Success => (DiagnosticCodes.TemplateUnknownFilter, $"unknown filter '{filter.Groups[1].Value}'", "| " + filter.Groups[1].Value),
                OutOfMemoryException => (DiagnosticCodes.TemplateLimit, "template asked for more memory than there is (a loop over a huge range?)", "{% for"),
                BoundedWriter.LimitException => (DiagnosticCodes.TemplateLimit, $"template wrote more than {MaxOutputChars / (1024 * 1024)} MB for one page; check its loops", "{% for"),
                _ when ex.Message.Contains("maximum number of statements", StringComparison.Ordinal) || ex.Message.Contains("maximum level of recursion", StringComparison.Ordinal) =>
                    (DiagnosticCodes.TemplateLimit, $"template ran more than {MaxSteps:N0} statements or nested includes more than {MaxRecursion} deep for one page (a loop over a huge range, or an include of itself?)",
                        text.Contains("{% for", StringComparison.Ordinal) || !text.Contains("{% include", StringComparison.Ordinal) ? "{% for" : "{% include"),
                DivideByZeroException => (DiagnosticCodes.TemplateRuntime, "division by zero in a filter (divided_by: 0 or modulo: 0)", "divided_by"),
                _ => (DiagnosticCodes.TemplateRuntime, $"template failed: {ex.Message.Split('\n')[0].TrimEnd('.')}", ""),
            };
            var (line, col) = needle.Length == 0 ? (1, 1) : Find(text, needle) is { Line: > 0 } at ? at : Find(text, needle.Replace("{% ", "{%- ", StringComparison.Ordinal)) is { Line: > 0 } trimmed ? trimmed : (1, 1);
            if (ex is DivideByZeroException && line == 1 && col == 1 && Find(text, "modulo") is { Line: > 0 } modulo)
            {
                (line, col) = modulo;
            }

            Report(Diagnostic.Error(code, message, origin, line, col));
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
            // Fluid makes a range's whole list before the loop starts: (1..1000000000) would take gigabytes at once.
            foreach (Match range in LiteralRange().Matches(text))
            {
                if (long.TryParse(range.Groups[1].Value, out var from) && long.TryParse(range.Groups[2].Value, out var to) && Math.Abs(to - from) >= MaxSteps)
                {
                    var (line, col) = Position(text, range.Index);
                    Report(Diagnostic.Error(DiagnosticCodes.TemplateLimit, $"range {range.Value} has more than {MaxSteps:N0} items; templates are limited to {MaxSteps:N0} statements per page", origin, line, col));
                    return null;
                }
            }

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

    /// <summary>A string writer that stops a render once it has written more than its limit.</summary>
    // One output builder per render thread, reused layout after layout: a page's worth of chars is allocated once per
    // thread instead of twice per page (its layout and the base layout); on the 10,000-page bench site about 770 MB of
    // growing buffers less. Very large pages do not keep theirs.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    private const int InitialBufferChars = 64 * 1024;

    private const int KeptBufferChars = 1 << 20;

    private sealed class BoundedWriter(StringBuilder buffer, int limit) : StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        private void Check(int more)
        {
            if (GetStringBuilder().Length + (long)more > limit)
            {
                throw new LimitException();
            }
        }

        public sealed class LimitException : Exception;
    }

    [GeneratedRegex(@"\(\s*(-?\d{1,18})\s*\.\.\s*(-?\d{1,18})\s*\)")]
    private static partial Regex LiteralRange();

    [GeneratedRegex(@"(?:\s+at)?\s*\((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();

    [GeneratedRegex(@"Undefined filter '([^']+)'")]
    private static partial Regex UndefinedFilter();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"(?<![\w.])(site|page)\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex MemberAccess();

    /// <summary>The buffer's text handed to <paramref name="finish"/>: in place when it is one block (the reused buffer is, after the first page), else copied once.</summary>
    private static string Finished(StringBuilder buffer, Finish finish)
    {
        ReadOnlyMemory<char> only = default;
        var blocks = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            if (chunk.Length > 0)
            {
                only = chunk;
                blocks++;
            }
        }

        return blocks <= 1 ? finish(only.Span) : finish(buffer.ToString());
    }
}
