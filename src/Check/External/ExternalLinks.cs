namespace Limber.Check.External;

public enum ExternalStatus
{
    Ok,
    Broken,
    RateLimited,
    Timeout,
}

/// <summary>The outcome of checking one external URL; <see cref="Detail"/> says what happened (status code or error).</summary>
public sealed record ExternalResult(ExternalStatus Status, string Detail, DateTimeOffset CheckedAt);

/// <summary>Checks external URLs (<c>--check-external</c>). Tests substitute a fake; the real one, which does network and cache-file I/O, lives at the edge: <c>Limber.Cli.External.HttpExternalLinkChecker</c>.</summary>
public interface IExternalLinkChecker
{
    Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken);
}
