using AmlNavigator.Web.Api;
using AmlNavigator.Web.Hosting;
using AmlNavigator.Web.Pages;

// Local mode: loopback only, no login yet (see the notice on every page). Settings: --urls, --data, --postgres, --seed.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddAmlNavigator();
WebApplication app = builder.Build();
app.UseAmlNavigator();
app.MapAmlNavigatorApi();
app.MapAmlNavigatorPages();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
