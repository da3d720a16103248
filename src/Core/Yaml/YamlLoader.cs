using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Limber.Yaml;

/// <summary>Where and why a YAML text could not be read. Line and column are 1-based and count from the top of the text.</summary>
public sealed record YamlError(string Message, int Line, int Column);

/// <summary>The first document's root node (null for an empty text), or why the text could not be read.</summary>
public readonly record struct YamlLoad(YamlNode? Root, YamlError? Error);

/// <summary>
/// The one way Limber reads YAML (front matter, site.yml, references, glossary, exercise sidecars): text in, a node
/// tree or a located error out, never an exception. Nesting is limited to <see cref="MaxDepth"/> levels, checked while
/// the text is parsed and before any node is built, so a hostile file nested 50,000 levels deep gets an error at the
/// line that goes too deep instead of overflowing the stack in the (recursive) node builder. No file I/O here: callers
/// pass the text and turn the error into their own diagnostic code.
/// </summary>
public static class YamlLoader
{
    /// <summary>How deep mappings and lists may nest. Real front matter and CSL entries use fewer than 5 levels.</summary>
    public const int MaxDepth = 100;

    /// <summary>Reads the first document of <paramref name="text"/>.</summary>
    public static YamlLoad Load(string text)
    {
        var stream = new YamlStream();
        if (Run(() => stream.Load(new DepthLimitedParser(new Parser(new StringReader(text)), MaxDepth))) is { } error)
        {
            return new YamlLoad(null, error);
        }

        return new YamlLoad(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
    }

    /// <summary>Maps <paramref name="text"/> onto <typeparamref name="T"/> with <paramref name="deserializer"/>, under the same depth limit.</summary>
    public static (T? Value, YamlError? Error) Deserialize<T>(IDeserializer deserializer, string text)
    {
        T? value = default;
        var error = Run(() => value = deserializer.Deserialize<T>(new DepthLimitedParser(new Parser(new StringReader(text)), MaxDepth)));
        return (error is null ? value : default, error);
    }

    private static YamlError? Run(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (YamlException ex)
        {
            return new YamlError(Describe(ex), Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input, such as an unclosed
            // flow sequence followed by more fields ("title: [broken" then "order: 1"). It gives no position.
            return new YamlError("check for an unclosed '[' or '{'", 1, 1);
        }
    }

    /// <summary>The innermost YAML error message, without YamlDotNet's position prefix.</summary>
    public static string Describe(YamlException ex)
    {
        Exception e = ex;
        while (e.InnerException is YamlException inner)
        {
            e = inner;
        }

        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.');
    }

    /// <summary>
    /// Passes parser events through, failing at the first mapping or list that opens deeper than the limit, and at an
    /// alias to a mapping or list that is still open (<c>&amp;a [*a]</c>): such a node contains itself, and hashing or
    /// walking it never ends.
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
    {
        private readonly Stack<string?> openAnchors = new();
        private readonly HashSet<string> open = new(StringComparer.Ordinal);

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case NodeEvent { Anchor.IsEmpty: false } node and (MappingStart or SequenceStart):
                    Open(node, node.Anchor.Value);
                    break;
                case MappingStart or SequenceStart:
                    Open(inner.Current, null);
                    break;
                case NodeEvent { Anchor.IsEmpty: false } scalar and Scalar:
                    open.Remove(scalar.Anchor.Value); // a scalar redefining an anchor: aliases now name the scalar
                    break;
                case MappingEnd or SequenceEnd:
                    if (openAnchors.Pop() is { } closed)
                    {
                        open.Remove(closed);
                    }

                    break;
                case AnchorAlias alias when open.Contains(alias.Value.Value):
                    throw new YamlException(alias.Start, alias.End, $"alias '*{alias.Value.Value}' refers to a list or mapping that contains it");
            }

            return true;
        }

        private void Open(ParsingEvent node, string? anchor)
        {
            if (openAnchors.Count >= maxDepth)
            {
                throw new YamlException(node.Start, node.End, $"nested more than {maxDepth} levels deep");
            }

            openAnchors.Push(anchor);
            if (anchor is not null)
            {
                open.Add(anchor);
            }
        }
    }
}
