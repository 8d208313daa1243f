namespace AmlNavigator.Web.Pages;

/// <summary>Server-rendered pages.</summary>
internal static class PageEndpoints
{
    public static WebApplication MapAmlNavigatorPages(this WebApplication app)
    {
        app.MapGet("/", () => TypedResults.Content("<!doctype html><title>AML Navigator</title><h1>AML Navigator</h1>", "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }
}
