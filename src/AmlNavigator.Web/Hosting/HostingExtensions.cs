using AmlNavigator.Storage;
using AmlNavigator.Web.Api;

namespace AmlNavigator.Web.Hosting;

/// <summary>Service registration and the request pipeline, kept out of Program.cs.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder AddAmlNavigator(this WebApplicationBuilder builder)
    {
        // Loopback by default: the local mode has no login and must not be reachable from the network.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(AmlNavigatorSettings.DefaultUrl);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => AmlNavigatorSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<ICaseStore>(sp =>
        {
            AmlNavigatorSettings settings = sp.GetRequiredService<AmlNavigatorSettings>();
            TimeProvider clock = sp.GetRequiredService<TimeProvider>();
            return settings.PostgresConnectionString is { } postgres
                ? new PostgresCaseStore(postgres, clock)
                : new SqliteCaseStore(Path.Combine(settings.DataFolder, "amlnav.db"), clock);
        });
        builder.Services.AddSingleton<StoreInitializer>();
        builder.Services.AddSingleton(sp => TrialSet.Load(sp.GetRequiredService<AmlNavigatorSettings>().TrialsPath,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("AmlNavigator.Trials")));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AML Navigator API";
            document.Info.Description = "Clinical decision support for relapsed/refractory AML (CONTRACT §4). Decision support, not decision making. Local mode: no login.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication UseAmlNavigator(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            await context.RequestServices.GetRequiredService<StoreInitializer>().EnsureReadyAsync().ConfigureAwait(false);
            await next(context).ConfigureAwait(false);
        });
        app.MapOpenApi();
        return app;
    }
}
