using System.Net;
using System.Text;
using System.Text.Json;
using AmlNavigator.Testing;

namespace AmlNavigator.Web.Tests;

/// <summary>The HTTP API of CONTRACT §4 and the case store endpoints, in-process.</summary>
public sealed class ApiTests : IClassFixture<AppFactory>
{
    private readonly HttpClient _client;

    public ApiTests(AppFactory factory) => _client = factory.CreateClient();

    private static string Sample => File.ReadAllText(RepositoryFiles.PathOf("samples/cases/npm1-flt3itd-late-relapse.json"));

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using JsonDocument doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Healthz_Returns200()
    {
        (await _client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Root_ReturnsHtml()
    {
        HttpResponseMessage response = await _client.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Assess_ValidCase_ReturnsTheContractAssessment()
    {
        HttpResponseMessage response = await _client.PostAsync("/api/v1/assess?asOf=2024-08-01", JsonBody(Sample));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        JsonElement a = await ReadJsonAsync(response);
        a.GetProperty("caseId").GetString().ShouldBe("npm1-flt3itd-late-relapse");
        a.GetProperty("asOf").GetString().ShouldBe("2024-08-01");
        a.GetProperty("knowledgeBase").GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        a.TryGetProperty("diseaseStatus", out _).ShouldBeTrue();
        a.TryGetProperty("missingInformation", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Assess_SameCaseTwice_IsByteIdentical()
    {
        string first = await (await _client.PostAsync("/api/v1/assess?asOf=2024-08-01", JsonBody(Sample))).Content.ReadAsStringAsync();
        string second = await (await _client.PostAsync("/api/v1/assess?asOf=2024-08-01", JsonBody(Sample))).Content.ReadAsStringAsync();
        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"x\",\"patient\":{\"ageAtDiagnosis\":\"old\"}}")]
    public async Task Assess_InvalidCase_Returns422WithLocatedErrors(string body)
    {
        HttpResponseMessage response = await _client.PostAsync("/api/v1/assess", JsonBody(body));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonElement problem = await ReadJsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(422);
        JsonElement[] errors = [.. problem.GetProperty("errors").EnumerateArray()];
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.GetProperty("path").ValueKind == JsonValueKind.String && e.GetProperty("message").GetString()!.Length > 0);
        errors.ShouldAllBe(e => e.GetProperty("code").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Assess_BadAsOf_Returns400()
    {
        HttpResponseMessage response = await _client.PostAsync("/api/v1/assess?asOf=14.03.2025", JsonBody(Sample));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("as-of-invalid");
    }

    [Fact]
    public async Task Validate_ReportsValidityWithoutAssessing()
    {
        JsonElement ok = await ReadJsonAsync(await _client.PostAsync("/api/v1/validate", JsonBody(Sample)));
        ok.GetProperty("valid").GetBoolean().ShouldBeTrue();
        ok.GetProperty("caseId").GetString().ShouldBe("npm1-flt3itd-late-relapse");

        JsonElement bad = await ReadJsonAsync(await _client.PostAsync("/api/v1/validate", JsonBody("{")));
        bad.GetProperty("valid").GetBoolean().ShouldBeFalse();
        bad.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Karyotype_ReturnsTheSection5Result()
    {
        HttpResponseMessage response = await _client.PostAsync("/api/v1/karyotype", JsonBody("{\"karyotype\":\"46,XX[20]\"}"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonElement k = await ReadJsonAsync(response);
        k.GetProperty("input").GetString().ShouldBe("46,XX[20]");
        k.TryGetProperty("valid", out _).ShouldBeTrue();
        k.TryGetProperty("features", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"karyotype\": 46}")]
    [InlineData("not json")]
    public async Task Karyotype_BadRequest_Returns400WithLocatedError(string body)
    {
        HttpResponseMessage response = await _client.PostAsync("/api/v1/karyotype", JsonBody(body));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("path").GetString().ShouldBe("/karyotype");
    }

    [Fact]
    public async Task Cases_AreSeededWithTheSamples()
    {
        JsonElement cases = await ReadJsonAsync(await _client.GetAsync("/api/v1/cases"));
        cases.EnumerateArray().Select(c => c.GetProperty("caseId").GetString()).ShouldContain("npm1-flt3itd-late-relapse");
    }

    [Fact]
    public async Task CaseLifecycle_CreateUpdateAssessReproduceDelete_IsAudited()
    {
        string v1 = Sample.Replace("npm1-flt3itd-late-relapse", "api-lifecycle", StringComparison.Ordinal);
        HttpResponseMessage created = await _client.PostAsync("/api/v1/cases", JsonBody(v1));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/api/v1/cases/api-lifecycle");
        (await _client.PostAsync("/api/v1/cases", JsonBody(v1))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        string v2 = v1.Replace("\"ecog\": 1", "\"ecog\": 2", StringComparison.Ordinal);
        JsonElement saved = await ReadJsonAsync(await _client.PutAsync("/api/v1/cases/api-lifecycle", JsonBody(v2)));
        saved.GetProperty("version").GetInt32().ShouldBe(2);
        HttpResponseMessage current = await _client.GetAsync("/api/v1/cases/api-lifecycle");
        (await current.Content.ReadAsStringAsync()).ShouldBe(v2);
        current.Headers.GetValues("X-Case-Version").Single().ShouldBe("2");
        (await (await _client.GetAsync("/api/v1/cases/api-lifecycle/versions/1")).Content.ReadAsStringAsync()).ShouldBe(v1);

        HttpResponseMessage assessed = await _client.PostAsync("/api/v1/cases/api-lifecycle/assessments?asOf=2024-08-01", null);
        assessed.StatusCode.ShouldBe(HttpStatusCode.Created);
        JsonElement stored = await ReadJsonAsync(assessed);
        long id = stored.GetProperty("id").GetInt64();
        stored.GetProperty("caseVersion").GetInt32().ShouldBe(2);
        stored.GetProperty("assessment").GetProperty("asOf").GetString().ShouldBe("2024-08-01");

        string direct = await (await _client.PostAsync("/api/v1/assess?asOf=2024-08-01", JsonBody(v2))).Content.ReadAsStringAsync();
        (await (await _client.GetAsync($"/api/v1/assessments/{id}/output")).Content.ReadAsStringAsync()).ShouldBe(direct);

        JsonElement reproduced = await ReadJsonAsync(await _client.PostAsync($"/api/v1/assessments/{id}/reproduce", null));
        reproduced.GetProperty("identical").GetBoolean().ShouldBeTrue();

        (await ReadJsonAsync(await _client.GetAsync("/api/v1/cases/api-lifecycle/assessments"))).GetArrayLength().ShouldBe(1);
        (await _client.DeleteAsync("/api/v1/cases/api-lifecycle")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync("/api/v1/cases/api-lifecycle")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync($"/api/v1/assessments/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        JsonElement audit = await ReadJsonAsync(await _client.GetAsync("/api/v1/audit?caseId=api-lifecycle"));
        string[] actions = [.. audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()!)];
        actions.ShouldContain("case-created");
        actions.ShouldContain("case-updated");
        actions.ShouldContain("assessment-created");
        actions.ShouldContain("assessment-reproduced");
        actions.ShouldContain("case-viewed");
        actions[0].ShouldBe("assessment-viewed");
        actions.ShouldContain("case-deleted");
    }

    [Fact]
    public async Task UpdateCase_IdMismatch_Returns422()
    {
        HttpResponseMessage response = await _client.PutAsync("/api/v1/cases/npm1-flt3itd-late-relapse", JsonBody("{\"id\":\"other\"}"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("case-id-mismatch");
    }

    [Fact]
    public async Task UnknownIds_Return404()
    {
        (await _client.GetAsync("/api/v1/cases/absent")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync("/api/v1/assessments/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.PostAsync("/api/v1/cases/absent/assessments", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        HttpResponseMessage response = await _client.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonElement doc = await ReadJsonAsync(response);
        JsonElement paths = doc.GetProperty("paths");
        paths.TryGetProperty("/api/v1/assess", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/karyotype", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/assessments/{assessmentId}/reproduce", out _).ShouldBeTrue();
    }
}
