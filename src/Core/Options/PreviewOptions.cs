namespace Limber.Options;

/// <summary>Options of <c>limber preview</c> besides the build options.</summary>
public sealed record PreviewOptions
{
    /// <summary>Address to listen on: <c>127.0.0.1</c> (default), <c>::1</c>, <c>localhost</c>, or another address of this machine.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Rebuild on changes in the input folder.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>Quiet time after the last file event before a rebuild starts (an editor saving several files makes one rebuild).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);
}
