using Limber.Diagnostics;
using Limber.Yaml;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Limber.Options;

/// <summary>Reads site.yml into <see cref="SiteOptions"/>; problems become diagnostics, and defaults are used.</summary>
public static class SiteOptionsParser
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeTypeResolver(new ReadOnlyCollectionResolver())
        .Build();

    public static (SiteOptions Options, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, string file)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return (SiteOptions.Default, []);
        }

        var (options, error) = YamlLoader.Deserialize<SiteOptions?>(Deserializer, yaml);
        if (error is null)
        {
            return (options ?? SiteOptions.Default, []);
        }

        var unknown = error.Message.Contains("not found on type", StringComparison.Ordinal);
        var message = unknown ? $"unknown setting: {error.Message}" : $"invalid site settings: {error.Message}";
        return (SiteOptions.Default, [
            Diagnostic.Error(
                unknown ? DiagnosticCodes.SiteOptionsUnknownField : DiagnosticCodes.SiteOptionsInvalid,
                message + "; using default settings",
                file,
                error.Line,
                error.Column)
        ]);
    }
}

/// <summary>Lets options records use <c>IReadOnlyList&lt;T&gt;</c> and <c>IReadOnlyDictionary&lt;K,V&gt;</c>: YAML fills a List or Dictionary.</summary>
internal sealed class ReadOnlyCollectionResolver : INodeTypeResolver
{
    public bool Resolve(YamlDotNet.Core.Events.NodeEvent? nodeEvent, ref Type currentType)
    {
        if (!currentType.IsGenericType)
        {
            return false;
        }

        var definition = currentType.GetGenericTypeDefinition();
        if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>))
        {
            currentType = typeof(List<>).MakeGenericType(currentType.GetGenericArguments());
            return true;
        }

        if (definition == typeof(IReadOnlyDictionary<,>))
        {
            currentType = typeof(Dictionary<,>).MakeGenericType(currentType.GetGenericArguments());
            return true;
        }

        return false;
    }
}
