using System.Text;
using AmlNavigator.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AmlNavigator.Web.Tests;

/// <summary>
/// Debian's Chromium (<c>AMLNAV_CHROMIUM</c>, set by <c>tools/setup-test-services.sh</c>; Playwright's own browser
/// download is never used). Skips locally when absent; in CI (<c>CI=true</c>) it must run.
/// </summary>
public static class TestBrowser
{
    public static string? Executable =>
        Environment.GetEnvironmentVariable("AMLNAV_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Screenshots and downloads are kept here as test artefacts (git-ignored).</summary>
    public static string ArtefactFolder
    {
        get
        {
            string folder = Environment.GetEnvironmentVariable("AMLNAV_ARTEFACTS") is { Length: > 0 } custom
                ? custom
                : RepositoryFiles.PathOf("artifacts/browser-tests");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}

public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (TestBrowser.Executable is null && !TestBrowser.InCi)
        {
            Skip = "Chromium not found: run `eval \"$(tools/setup-test-services.sh)\"` (installs Debian's chromium, sets AMLNAV_CHROMIUM).";
        }
    }
}

/// <summary>The web host on a real loopback port (Kestrel), for the browser.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "amlnav-browser-" + Guid.NewGuid().ToString("N"));

    public KestrelAppFactory() => UseKestrel();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("data", _data);
        builder.UseSetting("postgres", "");
        builder.UseEnvironment("Production");
    }

    public string BaseAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

/// <summary>A person's path through the app in headless Chromium: new case form → assessment → patient summary → PDF.</summary>
public sealed class BrowserTests : IClassFixture<KestrelAppFactory>
{
    private readonly KestrelAppFactory _app;

    public BrowserTests(KestrelAppFactory app) => _app = app;

    [BrowserFact]
    public async Task NewCase_ThroughTheForm_IsAssessed_AndThePatientSummaryAndPdfOpen()
    {
        string executable = TestBrowser.Executable ?? throw new InvalidOperationException("CI=true but Chromium is missing: tools/setup-test-services.sh must install it.");
        string baseUrl = _app.BaseAddress;
        string artefacts = TestBrowser.ArtefactFolder;
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        IPage page = await browser.NewPageAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1100, Height = 1400 } });

        // Given the first page with its no-login notice
        await page.GotoAsync(baseUrl + "/");
        (await page.InnerTextAsync("#no-login-notice")).ShouldContain("no login");
        await page.ClickAsync("#new-case");
        await page.WaitForURLAsync("**/cases/new");

        // When the clinician types an out-of-range age, the located error appears as they type
        await page.FillAsync("#f-id", "browser-case");
        await page.FillAsync("#f-patient-ageAtDiagnosis", "130");
        await page.WaitForSelectorAsync("#errors code:text-is(\"/patient/ageAtDiagnosis\")");
        (await page.GetAttributeAsync("#f-patient-ageAtDiagnosis", "class") ?? "").ShouldContain("field-error");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, "1-new-case-error.png"), FullPage = true });

        // And fixes it and fills in the course
        await page.FillAsync("#f-patient-ageAtDiagnosis", "67");
        await page.SelectOptionAsync("#f-patient-sex", "male");
        await page.FillAsync("#f-patient-ecog", "1");
        await page.FillAsync("#f-diagnosis-date", "2023-01-10");
        await page.SelectOptionAsync("#f-diagnosis-amlType", "de-novo");
        await page.FillAsync("#f-relapse-date", "2024-06-01");
        await page.FillAsync("#f-relapse-marrowBlastPercent", "24");
        await page.WaitForSelectorAsync("#valid");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, "2-new-case-valid.png"), FullPage = true });
        await page.ClickAsync("#save");
        await page.WaitForURLAsync("**/cases/browser-case");

        // Then it can be assessed and the assessment is shown with its sources
        await page.FillAsync("#asOf", "2024-08-01");
        await page.ClickAsync("#assess");
        await page.WaitForURLAsync("**/assessments/*");
        string view = await page.InnerTextAsync("main");
        view.ShouldContain("Disease status");
        view.ShouldContain("knowledge base");
        view.ShouldContain("decision support, not decision making");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, "3-assessment.png"), FullPage = true });

        // And the patient summary opens
        await page.ClickAsync("#patient-summary");
        await page.WaitForURLAsync("**/patient-summary");
        string summary = await page.InnerTextAsync("body");
        summary.ShouldContain("What has happened");
        summary.ShouldContain("Questions to ask your team");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artefacts, "4-patient-summary.png"), FullPage = true });

        // And its PDF downloads
        await page.GoBackAsync();
        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#patient-summary-pdf"));
        string pdfPath = Path.Combine(artefacts, "5-patient-summary.pdf");
        await download.SaveAsAsync(pdfPath);
        byte[] pdf = await File.ReadAllBytesAsync(pdfPath);
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        download.SuggestedFilename.ShouldEndWith("patient-summary.pdf");
    }
}
