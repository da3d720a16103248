namespace Limber.Check.Rules;

/// <summary>
/// One rule over one authored Markdown page (one file per rule under <c>Check/&lt;Feature&gt;/</c>, listed in
/// <see cref="CheckRules"/>). A rule reads the page and the site's references through <paramref name="page"/> and
/// reports what is wrong; it keeps no state between pages, so pages are checked in parallel.
/// </summary>
public interface IPageCheck
{
    void Check(PageCheckContext page);
}
