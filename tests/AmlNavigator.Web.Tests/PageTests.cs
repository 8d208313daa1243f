using System.Net;

namespace AmlNavigator.Web.Tests;

/// <summary>Server-rendered pages, in-process.</summary>
public sealed class PageTests : IClassFixture<AppFactory>
{
    private readonly HttpClient _client;

    public PageTests(AppFactory factory) => _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task CaseList_ShowsSamples_NoLoginNotice_AndDisclaimer()
    {
        string html = await _client.GetStringAsync("/");
        html.ShouldContain("npm1-flt3itd-late-relapse");
        html.ShouldContain("no login yet");
        html.ShouldContain("not decision making");
    }

    [Fact]
    public async Task CaseList_Search_Filters()
    {
        (await _client.GetStringAsync("/?q=zzz-no-such")).ShouldContain("No cases match the search.");
    }

    [Fact]
    public async Task NewCaseForm_HasLiveValidationWiredToTheApi()
    {
        string html = await _client.GetStringAsync("/cases/new");
        html.ShouldContain("data-path=\"/patient/ageAtDiagnosis\"");
        html.ShouldContain("/api/v1/validate");
    }

    [Fact]
    public async Task AssessFromCasePage_RedirectsToTheAssessment_WithReportsAndPdfs()
    {
        HttpResponseMessage post = await _client.PostAsync("/cases/npm1-flt3itd-late-relapse/assess",
            new FormUrlEncodedContent([new("asOf", "2024-08-01")]));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string location = post.Headers.Location!.ToString();
        location.ShouldStartWith("/assessments/");

        string view = await _client.GetStringAsync(location);
        view.ShouldContain("clinician report");
        view.ShouldContain("Basis and sources");
        (await _client.GetStringAsync(location + "/report")).ShouldContain("<!doctype html>");
        (await _client.GetStringAsync(location + "/patient-summary")).ShouldContain("Questions to ask your team");
        foreach (string pdf in new[] { "/report.pdf", "/patient-summary.pdf" })
        {
            HttpResponseMessage response = await _client.GetAsync(location + pdf);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            (await response.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        }

        HttpResponseMessage reproduce = await _client.PostAsync(location + "/reproduce", null);
        (await reproduce.Content.ReadAsStringAsync()).ShouldContain("Identical");
    }

    [Fact]
    public async Task Upload_InvalidCase_ShowsLocatedErrors_AndSavesNothing()
    {
        using MultipartFormDataContent form = new();
        form.Add(new StringContent("{\"id\":\"upload-bad\",\"patient\":{\"ecog\":9}}"), "file", "bad.json");

        HttpResponseMessage response = await _client.PostAsync("/cases/upload", form);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/patient/ecog");
        (await _client.GetAsync("/cases/upload-bad")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_ValidCase_IsSavedAndShown()
    {
        using MultipartFormDataContent form = new();
        form.Add(new StringContent("{\"id\":\"upload-ok\",\"patient\":{\"ageAtDiagnosis\":61}}"), "file", "ok.json");

        HttpResponseMessage response = await _client.PostAsync("/cases/upload", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _client.GetStringAsync("/cases/upload-ok")).ShouldContain("ageAtDiagnosis");
    }
}
