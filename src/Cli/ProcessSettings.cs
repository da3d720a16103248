namespace Limber.Cli;

/// <summary>
/// The process-wide switches the <c>limber</c> process sets once, at start-up, for speed; the pipeline's code sets
/// none (<c>ArchitectureTests</c> checks that). Results are the same without them.
/// </summary>
public static class ProcessSettings
{
    public static void Apply()
    {
        // AngleSharp hands every HTML tokenizer a StringBuilder from one shared pool behind one process-wide lock; with a
        // tokenizer per page on every core (the link check reads each rendered page) that lock, not the reading, was the
        // bottleneck. A fresh builder per tokenizer is cheaper.
        AngleSharp.Text.StringBuilderPool.IsPoolingDisabled = true;

        // The extractor uses a few dozen one-off patterns through the static Regex methods; keep them all cached.
        if (System.Text.RegularExpressions.Regex.CacheSize < 128)
        {
            System.Text.RegularExpressions.Regex.CacheSize = 128;
        }
    }
}
