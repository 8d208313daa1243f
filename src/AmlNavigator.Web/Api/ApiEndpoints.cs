using System.Collections.Immutable;
using System.Text.Json;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmlNavigator.Web.Api;

/// <summary>
/// The HTTP API of CONTRACT §4 plus the case store. Invalid cases answer 422 with RFC 9457 problem details carrying the
/// CLI's <c>errors</c> list (path, code, message); this is the one place input failures map to HTTP.
/// </summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json";

    public static WebApplication MapAmlNavigatorApi(this WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Text("ok")).ExcludeFromDescription();

        RouteGroupBuilder api = app.MapGroup("/api/v1").WithTags("AML Navigator");
        api.MapPost("/assess", AssessAsync)
            .WithSummary("Assess one case (CONTRACT §3); nothing is stored")
            .Accepts<PatientCase>(Json).Produces<CaseAssessment>(200, Json).ProducesProblem(422).ProducesProblem(400);
        api.MapPost("/validate", ValidateAsync)
            .WithSummary("Validate one case: the same located errors as `amlnav validate`")
            .Accepts<PatientCase>(Json).Produces<ValidationResponse>(200).ProducesProblem(422);
        api.MapPost("/karyotype", KaryotypeAsync)
            .WithSummary("Parse one ISCN karyotype (CONTRACT §5)")
            .Accepts<KaryotypeRequest>(Json).Produces<KaryotypeResult>(200, Json).ProducesProblem(400);

        api.MapGet("/cases", ListCasesAsync).WithSummary("List cases (current versions); q filters by id");
        api.MapPost("/cases", CreateCaseAsync).WithSummary("Create a case (version 1)")
            .Accepts<PatientCase>(Json).ProducesProblem(422).ProducesProblem(409);
        api.MapGet("/cases/{caseId}", GetCaseAsync).WithSummary("The current version of a case (the JSON as saved)")
            .Produces<PatientCase>(200, Json).ProducesProblem(404);
        api.MapPut("/cases/{caseId}", UpdateCaseAsync).WithSummary("Save a new version of a case")
            .Accepts<PatientCase>(Json).ProducesProblem(422).ProducesProblem(404);
        api.MapDelete("/cases/{caseId}", DeleteCaseAsync).WithSummary("Delete a case (its versions and assessments are kept)");
        api.MapGet("/cases/{caseId}/versions/{version:int}", GetCaseVersionAsync).WithSummary("One saved version of a case")
            .Produces<PatientCase>(200, Json).ProducesProblem(404);
        api.MapPost("/cases/{caseId}/assessments", CreateAssessmentAsync)
            .WithSummary("Assess the current version and store the assessment immutably");
        api.MapGet("/cases/{caseId}/assessments", ListAssessmentsAsync).WithSummary("A case's stored assessments, newest first");
        api.MapGet("/assessments/{assessmentId:long}", GetAssessmentAsync).WithSummary("A stored assessment with its versions");
        api.MapGet("/assessments/{assessmentId:long}/output", GetAssessmentOutputAsync)
            .WithSummary("The stored assessment JSON, byte for byte").Produces<CaseAssessment>(200, Json);
        api.MapPost("/assessments/{assessmentId:long}/reproduce", ReproduceAsync)
            .WithSummary("Re-run a stored assessment from its input snapshot and asOf, and compare the bytes");
        api.MapGet("/audit", ListAuditAsync).WithSummary("The append-only audit log, newest first");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AssessAsync(HttpRequest request, TimeProvider clock, TrialSet trials, string? asOf)
    {
        if (!CaseAssessments.TryAsOf(asOf, clock, out DateOnly date))
        {
            return BadAsOf(asOf);
        }

        CaseReadResult read = CaseJsonReader.Read(await ReadBodyAsync(request).ConfigureAwait(false), date);
        if (!read.IsValid)
        {
            return InvalidCase(read.Errors);
        }

        return TypedResults.Text(AmlJson.Serialize(CaseAssessments.Assess(read.Case!, date, trials)), Json);
    }

    private static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> ValidateAsync(HttpRequest request, TimeProvider clock, string? asOf)
    {
        if (!CaseAssessments.TryAsOf(asOf, clock, out DateOnly date))
        {
            return BadAsOf(asOf);
        }

        CaseReadResult read = CaseJsonReader.Read(await ReadBodyAsync(request).ConfigureAwait(false), date);
        return TypedResults.Ok(new ValidationResponse(read.IsValid, read.Case?.Id, read.Errors, read.Warnings));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> KaryotypeAsync(HttpRequest request)
    {
        string body = await ReadBodyAsync(request).ConfigureAwait(false);
        string? iscn = null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("karyotype", out JsonElement k) && k.ValueKind == JsonValueKind.String)
            {
                iscn = k.GetString();
            }
        }
        catch (JsonException)
        {
            // Reported below as a located problem.
        }

        if (iscn is null)
        {
            return Problem(400, "Bad karyotype request", "Expected a JSON object {\"karyotype\": \"ISCN string\"}.",
                [new InputError("/karyotype", "karyotype-missing", "Expected a string property 'karyotype' holding an ISCN karyotype.")]);
        }

        return TypedResults.Text(AmlJson.Serialize(KaryotypeReader.Read(iscn)), Json);
    }

    private static async Task<Ok<IReadOnlyList<CaseSummary>>> ListCasesAsync(ICaseStore store, string? q, CancellationToken ct) =>
        TypedResults.Ok(await store.ListCasesAsync(q, ct).ConfigureAwait(false));

    private static async Task<Results<Created<CaseSaved>, ProblemHttpResult>> CreateCaseAsync(HttpRequest request, ICaseStore store, CancellationToken ct)
    {
        string body = await ReadBodyAsync(request).ConfigureAwait(false);
        CaseReadResult read = CaseJsonReader.Read(body);
        if (!read.IsValid)
        {
            return InvalidCase(read.Errors);
        }

        if (await store.GetCaseAsync(read.Case!.Id, ct).ConfigureAwait(false) is not null)
        {
            return Problem(409, "Case exists", $"A case with id '{read.Case.Id}' exists; PUT /api/v1/cases/{{id}} saves a new version.",
                [new InputError("/id", "case-exists", "A case with this id exists already.")]);
        }

        StoredCase saved = await store.SaveCaseAsync(read.Case.Id, body, CaseAssessments.LocalActor, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/cases/{Uri.EscapeDataString(saved.CaseId)}", CaseSaved.From(saved));
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetCaseAsync(string caseId, ICaseStore store, HttpResponse response, CancellationToken ct)
    {
        StoredCase? stored = await store.GetCaseAsync(caseId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.CaseViewed, caseId, $"version {stored.Version}", ct).ConfigureAwait(false);
        response.Headers["X-Case-Version"] = stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Text(stored.CaseJson, Json);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetCaseVersionAsync(string caseId, int version, ICaseStore store, CancellationToken ct)
    {
        StoredCase? stored = await store.GetCaseVersionAsync(caseId, version, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.CaseViewed, caseId, $"version {version}", ct).ConfigureAwait(false);
        return TypedResults.Text(stored.CaseJson, Json);
    }

    private static async Task<Results<Ok<CaseSaved>, NotFound, ProblemHttpResult>> UpdateCaseAsync(
        string caseId, HttpRequest request, ICaseStore store, CancellationToken ct)
    {
        string body = await ReadBodyAsync(request).ConfigureAwait(false);
        CaseReadResult read = CaseJsonReader.Read(body);
        if (!read.IsValid)
        {
            return InvalidCase(read.Errors);
        }

        if (read.Case!.Id != caseId)
        {
            return Problem(422, "Case id mismatch", $"The body's id '{read.Case.Id}' differs from the address's '{caseId}'.",
                [new InputError("/id", "case-id-mismatch", $"Expected id '{caseId}' as in the address.")]);
        }

        if (await store.GetCaseAsync(caseId, ct).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(CaseSaved.From(await store.SaveCaseAsync(caseId, body, CaseAssessments.LocalActor, ct).ConfigureAwait(false)));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteCaseAsync(string caseId, ICaseStore store, CancellationToken ct) =>
        await store.DeleteCaseAsync(caseId, CaseAssessments.LocalActor, ct).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Created<AssessmentResponse>, NotFound, ProblemHttpResult>> CreateAssessmentAsync(
        string caseId, string? asOf, ICaseStore store, TimeProvider clock, TrialSet trials, CancellationToken ct)
    {
        if (!CaseAssessments.TryAsOf(asOf, clock, out DateOnly date))
        {
            return BadAsOf(asOf);
        }

        StoredCase? stored = await store.GetCaseAsync(caseId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        CaseReadResult read = CaseJsonReader.Read(stored.CaseJson, date);
        if (!read.IsValid)
        {
            return InvalidCase(read.Errors);
        }

        StoredAssessment saved = await CaseAssessments.AssessAndStoreAsync(store, stored, date, trials, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/assessments/{saved.Id}", AssessmentResponse.From(saved));
    }

    private static async Task<Ok<IReadOnlyList<AssessmentSummary>>> ListAssessmentsAsync(string caseId, ICaseStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAssessmentsAsync(caseId, ct).ConfigureAwait(false));

    private static async Task<Results<Ok<AssessmentResponse>, NotFound>> GetAssessmentAsync(long assessmentId, ICaseStore store, CancellationToken ct)
    {
        StoredAssessment? stored = await store.GetAssessmentAsync(assessmentId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.AssessmentViewed, stored.Content.CaseId, $"assessment {assessmentId}", ct).ConfigureAwait(false);
        return TypedResults.Ok(AssessmentResponse.From(stored));
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAssessmentOutputAsync(long assessmentId, ICaseStore store, CancellationToken ct)
    {
        StoredAssessment? stored = await store.GetAssessmentAsync(assessmentId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.AssessmentViewed, stored.Content.CaseId, $"assessment {assessmentId} output", ct).ConfigureAwait(false);
        return TypedResults.Text(stored.Content.OutputJson, Json);
    }

    private static async Task<Results<Ok<ReproductionResult>, NotFound>> ReproduceAsync(long assessmentId, ICaseStore store, TrialSet trials, CancellationToken ct)
    {
        StoredAssessment? stored = await store.GetAssessmentAsync(assessmentId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        ReproductionResult result = CaseAssessments.Reproduce(stored, trials);
        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.AssessmentReproduced, stored.Content.CaseId,
            $"assessment {assessmentId}: {(result.Identical ? "identical" : "different")}", ct).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<IReadOnlyList<AuditEntry>>> ListAuditAsync(ICaseStore store, string? caseId, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAuditAsync(caseId, limit ?? 200, ct).ConfigureAwait(false));

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using StreamReader reader = new(request.Body);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    internal static ProblemHttpResult InvalidCase(ImmutableArray<InputError> errors) =>
        Problem(422, "The case is not valid", $"{errors.Length} error(s); each names its JSON path, a code and what was expected.", errors);

    private static ProblemHttpResult BadAsOf(string? asOf) =>
        Problem(400, "Bad asOf", "asOf must be a date like 2025-03-14.",
            [new InputError("?asOf", "as-of-invalid", $"Expected a date like 2025-03-14, got '{asOf}'.")]);

    private static ProblemHttpResult Problem(int status, string title, string detail, ImmutableArray<InputError> errors) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}

/// <summary>Body of <c>POST /api/v1/karyotype</c>.</summary>
internal sealed record KaryotypeRequest(string Karyotype);

/// <summary>Answer of <c>POST /api/v1/validate</c>.</summary>
internal sealed record ValidationResponse(bool Valid, string? CaseId, ImmutableArray<InputError> Errors, ImmutableArray<InputError> Warnings);

/// <summary>A saved case version.</summary>
internal sealed record CaseSaved(string CaseId, int Version, DateTimeOffset SavedAt)
{
    public static CaseSaved From(StoredCase s) => new(s.CaseId, s.Version, s.SavedAt);
}

/// <summary>A stored assessment with its provenance and the assessment document itself.</summary>
internal sealed record AssessmentResponse(
    long Id, string CaseId, int CaseVersion, DateOnly AsOf, string EngineVersion, string KnowledgeBaseVersion,
    string KnowledgeBaseHash, DateTimeOffset CreatedAt, JsonElement Assessment)
{
    public static AssessmentResponse From(StoredAssessment s)
    {
        using JsonDocument doc = JsonDocument.Parse(s.Content.OutputJson);
        NewAssessment c = s.Content;
        return new(s.Id, c.CaseId, c.CaseVersion, c.AsOf, c.EngineVersion, c.KnowledgeBaseVersion, c.KnowledgeBaseHash, s.CreatedAt, doc.RootElement.Clone());
    }
}
