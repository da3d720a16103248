using Limber.Diagnostics;
using YamlDotNet.Core;
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

        try
        {
            var options = Deserializer.Deserialize<SiteOptions?>(yaml) ?? SiteOptions.Default;
            return (options, []);
        }
        catch (YamlException ex)
        {
            var unknown = ex.Message.Contains("not found on type", StringComparison.Ordinal);
            var message = unknown
                ? $"unknown setting: {YamlErrors.Describe(ex)}"
                : $"invalid site settings: {YamlErrors.Describe(ex)}";
            return (SiteOptions.Default, [
                Diagnostic.Error(
                    unknown ? DiagnosticCodes.SiteOptionsUnknownField : DiagnosticCodes.SiteOptionsInvalid,
                    message + "; using default settings",
                    file,
                    (int)ex.Start.Line,
                    (int)ex.Start.Column)
            ]);
        }
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

internal static class YamlErrors
{
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
}
