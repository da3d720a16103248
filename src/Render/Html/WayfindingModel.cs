using Limber.Options;
using Limber.Pages;

namespace Limber.Render.Html;

/// <summary>Puts a page's wayfinding into its template model (<c>page.breadcrumbs</c>, <c>page.previous</c>, …).</summary>
public static class WayfindingModel
{
    public static void Fill(Dictionary<string, object?> model, Page page, Wayfinding wayfinding, SiteOptions options)
    {
        var crumbs = wayfinding.Breadcrumbs(page);
        model["breadcrumbs"] = crumbs;
        model["breadcrumb_json_ld"] = Wayfinding.BreadcrumbJsonLd(crumbs, options);
        (model["previous"], model["next"]) = wayfinding.PreviousNext(page);
        if (page.Url == "/")
        {
            model["start_areas"] = wayfinding.StartAreas;
            model["start_topics"] = wayfinding.StartTopics;
        }

        if (page.Id == SearchPage.Page.Id)
        {
            model["filters"] = wayfinding.Filters;
        }
    }
}
