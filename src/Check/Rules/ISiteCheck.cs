namespace Limber.Check.Rules;

/// <summary>One rule over the whole site, run once after every page's checks, with what they found (the keys cited).</summary>
public interface ISiteCheck
{
    void Check(SiteCheckContext site);
}
