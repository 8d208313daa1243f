using System.Collections.Concurrent;
using System.Text;
using AmlNavigator.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AmlNavigator.Web.Tests;

/// <summary>No patient data in application logs (issue #6): every log line is captured while a case goes through the app.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly CapturingFactory _factory = new();

    [Fact]
    public async Task CaseLifecycle_LogsNoCaseIdOrClinicalContent()
    {
        const string marker = "zz-patient-marker-4711";
        string json = File.ReadAllText(RepositoryFiles.PathOf("samples/cases/npm1-flt3itd-late-relapse.json"))
            .Replace("npm1-flt3itd-late-relapse", marker, StringComparison.Ordinal);
        HttpClient client = _factory.CreateClient();

        (await client.PostAsync("/api/v1/cases", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        await client.GetStringAsync($"/cases/{marker}");
        HttpResponseMessage assessed = await client.PostAsync($"/api/v1/cases/{marker}/assessments?asOf=2024-08-01", null);
        assessed.EnsureSuccessStatusCode();
        await client.GetStringAsync(assessed.Headers.Location!.ToString().Replace("/api/v1", "", StringComparison.Ordinal) + "/patient-summary");
        await client.PostAsync("/api/v1/assess", new StringContent("{\"id\":\"" + marker + "\",\"patient\":{\"ecog\":9}}", Encoding.UTF8, "application/json"));

        _factory.Lines.ShouldNotBeEmpty();
        _factory.Lines.ShouldAllBe(l => !l.Contains(marker) && !l.Contains("posaconazole") && !l.Contains("c.860_863dup"));
    }

    public void Dispose() => _factory.Dispose();

    private sealed class CapturingFactory : WebApplicationFactory<Program>, ILoggerProvider
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), "amlnav-log-" + Guid.NewGuid().ToString("N"));

        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("data", _data);
            builder.UseSetting("postgres", "");
            builder.UseEnvironment("Production");
            builder.ConfigureLogging(logging => logging.AddProvider(this));
        }

        public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_data))
            {
                Directory.Delete(_data, recursive: true);
            }
        }

        private sealed class Capture(CapturingFactory owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
