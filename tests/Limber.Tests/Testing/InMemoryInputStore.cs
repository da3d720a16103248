using System.Text;
using Limber.Ingest;

namespace Limber.Tests.Testing;

/// <summary>An input folder held in memory: path → bytes.</summary>
public sealed class InMemoryInputStore(IReadOnlyDictionary<string, byte[]> files, bool exists = true) : IInputStore
{
    public string Root => "input";

    public bool Exists => exists;

    public static InMemoryInputStore FromText(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)));

    public IReadOnlyList<string> EnumerateFiles() => [.. files.Keys.Order(StringComparer.Ordinal)];

    public long Length(string path) => files[path].LongLength;

    public byte[] ReadAllBytes(string path) => files[path];
}
