using System.Net;
using System.Text;
using System.Text.Json;
using AmlNavigator.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace AmlNavigator.Web.Tests;

/// <summary>The web host on the real PostgreSQL server (<c>--postgres</c>), in a database made for this class.</summary>
public sealed class PostgresAppFactory : WebApplicationFactory<Program>
{
    public static string? TestServer => Environment.GetEnvironmentVariable("AMLNAV_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    private readonly Lazy<string> _database = new(() =>
    {
        string admin = TestServer ?? throw new InvalidOperationException("AMLNAV_TEST_POSTGRES is not set but CI=true: run tools/setup-test-services.sh.");
        string name = "amlnav_web_" + Guid.NewGuid().ToString("N")[..12];
        using NpgsqlConnection c = new(admin);
        c.Open();
        using NpgsqlCommand cmd = new($"CREATE DATABASE {name}", c);
        cmd.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("postgres", _database.Value);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_database.IsValueCreated && TestServer is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            using NpgsqlConnection c = new(admin);
            c.Open();
            using NpgsqlCommand cmd = new($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(_database.Value).Database} WITH (FORCE)", c);
            cmd.ExecuteNonQuery();
        }
    }
}

public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresAppFactory.TestServer is null && !TestBrowser.InCi)
        {
            Skip = "PostgreSQL not configured: run `eval \"$(tools/setup-test-services.sh)\"` (sets AMLNAV_TEST_POSTGRES).";
        }
    }
}

public sealed class PostgresHostTests : IClassFixture<PostgresAppFactory>
{
    private readonly PostgresAppFactory _factory;

    public PostgresHostTests(PostgresAppFactory factory) => _factory = factory;

    [PostgresFact]
    public async Task Host_OnPostgres_SeedsStoresAndReproduces()
    {
        HttpClient client = _factory.CreateClient();
        JsonElement cases = JsonDocument.Parse(await client.GetStringAsync("/api/v1/cases")).RootElement;
        cases.EnumerateArray().Select(c => c.GetProperty("caseId").GetString()).ShouldContain("npm1-flt3itd-late-relapse");

        HttpResponseMessage created = await client.PostAsync("/api/v1/cases/npm1-flt3itd-late-relapse/assessments?asOf=2024-08-01", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        long id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        string sample = File.ReadAllText(RepositoryFiles.PathOf("samples/cases/npm1-flt3itd-late-relapse.json"));
        string direct = await (await client.PostAsync("/api/v1/assess?asOf=2024-08-01", new StringContent(sample, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync();
        (await client.GetStringAsync($"/api/v1/assessments/{id}/output")).ShouldBe(direct);
        JsonDocument.Parse(await (await client.PostAsync($"/api/v1/assessments/{id}/reproduce", null)).Content.ReadAsStringAsync())
            .RootElement.GetProperty("identical").GetBoolean().ShouldBeTrue();
    }
}
