using System.Globalization;
using System.Text;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Reports.Clinician;
using AmlNavigator.Reports.Documents;
using AmlNavigator.Reports.Patient;
using AmlNavigator.Storage;
using AmlNavigator.Web.Api;
using static AmlNavigator.Web.Pages.Layout;

namespace AmlNavigator.Web.Pages;

/// <summary>
/// Server-rendered pages: case list and search, new/edit case form with live validation, upload, the assessment view,
/// the clinician report and the patient summary (HTML and PDF). Forms are read by hand (no antiforgery tokens: the
/// local mode binds to loopback only and has no login; see docs/web/).
/// </summary>
internal static class PageEndpoints
{
    public static WebApplication MapAmlNavigatorPages(this WebApplication app)
    {
        app.MapGet("/", CaseListAsync).ExcludeFromDescription();
        app.MapGet("/cases/new", () => CaseForm.Render(null, null)).ExcludeFromDescription();
        app.MapPost("/cases/upload", UploadAsync).ExcludeFromDescription();
        app.MapGet("/cases/{caseId}", CasePageAsync).ExcludeFromDescription();
        app.MapGet("/cases/{caseId}/edit", EditAsync).ExcludeFromDescription();
        app.MapPost("/cases/{caseId}/assess", AssessAsync).ExcludeFromDescription();
        app.MapGet("/assessments/{assessmentId:long}", AssessmentPageAsync).ExcludeFromDescription();
        app.MapGet("/assessments/{assessmentId:long}/report", (long assessmentId, ICaseStore store, CancellationToken ct) =>
            DocumentAsync(assessmentId, store, "clinician report", (json, c) => ClinicianReport.Build(json, CaseAssessments.Knowledge, c), pdf: false, ct)).ExcludeFromDescription();
        app.MapGet("/assessments/{assessmentId:long}/report.pdf", (long assessmentId, ICaseStore store, CancellationToken ct) =>
            DocumentAsync(assessmentId, store, "clinician report PDF", (json, c) => ClinicianReport.Build(json, CaseAssessments.Knowledge, c), pdf: true, ct)).ExcludeFromDescription();
        app.MapGet("/assessments/{assessmentId:long}/patient-summary", (long assessmentId, ICaseStore store, CancellationToken ct) =>
            DocumentAsync(assessmentId, store, "patient summary", (json, c) => PatientSummary.Build(json, CaseAssessments.Knowledge, c), pdf: false, ct)).ExcludeFromDescription();
        app.MapGet("/assessments/{assessmentId:long}/patient-summary.pdf", (long assessmentId, ICaseStore store, CancellationToken ct) =>
            DocumentAsync(assessmentId, store, "patient summary PDF", (json, c) => PatientSummary.Build(json, CaseAssessments.Knowledge, c), pdf: true, ct)).ExcludeFromDescription();
        app.MapPost("/assessments/{assessmentId:long}/reproduce", ReproducePageAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CaseListAsync(ICaseStore store, string? q, CancellationToken ct)
    {
        IReadOnlyList<CaseSummary> cases = await store.ListCasesAsync(q, ct).ConfigureAwait(false);
        StringBuilder sb = new();
        sb.Append("<h1>Cases</h1>");
        sb.Append("<form method=\"get\" action=\"/\" class=\"actions\"><input type=\"text\" name=\"q\" placeholder=\"Search by case id\" value=\"")
          .Append(E(q)).Append("\" aria-label=\"Search by case id\"><button type=\"submit\">Search</button><a class=\"button\" href=\"/cases/new\" id=\"new-case\">New case</a></form>");
        if (cases.Count == 0)
        {
            sb.Append(q is { Length: > 0 } ? "<p>No cases match the search.</p>" : "<p>No cases yet.</p>");
        }
        else
        {
            sb.Append("<table class=\"list\" id=\"cases\"><thead><tr><th>Case</th><th>Version</th><th>Saved (UTC)</th><th>Assessments</th></tr></thead><tbody>");
            foreach (CaseSummary c in cases)
            {
                sb.Append("<tr><td><a href=\"/cases/").Append(U(c.CaseId)).Append("\">").Append(E(c.CaseId)).Append("</a></td><td>")
                  .Append(c.Version).Append("</td><td>").Append(c.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                  .Append("</td><td>").Append(c.AssessmentCount).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("<h2>Upload a case file</h2><form method=\"post\" action=\"/cases/upload\" enctype=\"multipart/form-data\" class=\"actions\">")
          .Append("<input type=\"file\" name=\"file\" accept=\".json,application/json\" aria-label=\"Case JSON file\"><button type=\"submit\">Upload</button></form>")
          .Append("<p>The file is checked like <code>amlnav validate</code>; a case with errors is not saved.</p>");
        return Html("Cases", sb.ToString());
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, ICaseStore store, CancellationToken ct)
    {
        IFormCollection form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        IFormFile? file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return Html("Upload", "<h1>Upload</h1><div class=\"errors\">Choose a case JSON file to upload.</div><p><a href=\"/\">Back</a></p>", status: 400);
        }

        using StreamReader reader = new(file.OpenReadStream());
        string json = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        CaseReadResult read = CaseJsonReader.Read(json);
        if (!read.IsValid)
        {
            return Html("Upload", "<h1>Upload</h1>" + ErrorList(read.Errors) + "<p><a href=\"/\">Back</a></p>", status: 422);
        }

        await store.SaveCaseAsync(read.Case!.Id, json, CaseAssessments.LocalActor, ct).ConfigureAwait(false);
        return TypedResults.Redirect($"/cases/{U(read.Case.Id)}");
    }

    private static async Task<IResult> CasePageAsync(string caseId, ICaseStore store, TimeProvider clock, CancellationToken ct)
    {
        StoredCase? stored = await store.GetCaseAsync(caseId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Html("Not found", $"<h1>No case '{E(caseId)}'</h1><p><a href=\"/\">All cases</a></p>", status: 404);
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.CaseViewed, caseId, $"version {stored.Version}", ct).ConfigureAwait(false);
        IReadOnlyList<AssessmentSummary> assessments = await store.ListAssessmentsAsync(caseId, ct).ConfigureAwait(false);
        string today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        StringBuilder sb = new();
        sb.Append("<h1>Case ").Append(E(caseId)).Append("</h1>");
        sb.Append("<p>Version ").Append(stored.Version).Append(", saved ").Append(stored.SavedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC.</p>");
        sb.Append("<form method=\"post\" action=\"/cases/").Append(U(caseId)).Append("/assess\" class=\"actions\" id=\"assess-form\">")
          .Append("<label for=\"asOf\" style=\"display:inline\">Assess as of</label><input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"").Append(today).Append("\">")
          .Append("<button type=\"submit\" id=\"assess\">Assess and keep the result</button>")
          .Append("<a class=\"button\" href=\"/cases/").Append(U(caseId)).Append("/edit\">Edit case</a>")
          .Append("<a class=\"button\" href=\"/api/v1/cases/").Append(U(caseId)).Append("\">Case JSON</a></form>");
        sb.Append("<h2>Assessments</h2>");
        if (assessments.Count == 0)
        {
            sb.Append("<p>None yet.</p>");
        }
        else
        {
            sb.Append("<table class=\"list\" id=\"assessments\"><thead><tr><th>#</th><th>As of</th><th>Case version</th><th>Engine</th><th>Knowledge base</th><th>Made (UTC)</th></tr></thead><tbody>");
            foreach (AssessmentSummary a in assessments)
            {
                sb.Append("<tr><td><a href=\"/assessments/").Append(a.Id).Append("\">").Append(a.Id).Append("</a></td><td>").Append(a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                  .Append("</td><td>").Append(a.CaseVersion).Append("</td><td>").Append(E(a.EngineVersion)).Append("</td><td>").Append(E(a.KnowledgeBaseVersion))
                  .Append("</td><td>").Append(a.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("<h2>Case data</h2><pre style=\"white-space:pre-wrap\">").Append(E(stored.CaseJson)).Append("</pre>");
        return Html("Case " + caseId, sb.ToString());
    }

    private static async Task<IResult> EditAsync(string caseId, ICaseStore store, CancellationToken ct)
    {
        StoredCase? stored = await store.GetCaseAsync(caseId, ct).ConfigureAwait(false);
        return stored is null
            ? Html("Not found", $"<h1>No case '{E(caseId)}'</h1>", status: 404)
            : CaseForm.Render(stored.CaseId, stored.CaseJson);
    }

    private static async Task<IResult> AssessAsync(string caseId, HttpRequest request, ICaseStore store, TimeProvider clock, TrialSet trials, CancellationToken ct)
    {
        IFormCollection form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        if (!CaseAssessments.TryAsOf(form["asOf"].ToString(), clock, out DateOnly asOf))
        {
            return Html("Assess", "<div class=\"errors\">The date must look like 2025-03-14.</div>", status: 400);
        }

        StoredCase? stored = await store.GetCaseAsync(caseId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Html("Not found", $"<h1>No case '{E(caseId)}'</h1>", status: 404);
        }

        CaseReadResult read = CaseJsonReader.Read(stored.CaseJson, asOf);
        if (!read.IsValid)
        {
            return Html("Assess", $"<h1>Case {E(caseId)} cannot be assessed as of {asOf:yyyy-MM-dd}</h1>" + ErrorList(read.Errors), status: 422);
        }

        StoredAssessment saved = await CaseAssessments.AssessAndStoreAsync(store, stored, asOf, trials, ct).ConfigureAwait(false);
        return TypedResults.Redirect($"/assessments/{saved.Id}");
    }

    private static async Task<IResult> AssessmentPageAsync(long assessmentId, ICaseStore store, CancellationToken ct)
    {
        (StoredAssessment stored, PatientCase? patientCase)? loaded = await LoadAsync(assessmentId, store, ct).ConfigureAwait(false);
        if (loaded is not { } l)
        {
            return Html("Not found", $"<h1>No assessment {assessmentId}</h1>", status: 404);
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.AssessmentViewed, l.stored.Content.CaseId, $"assessment {assessmentId}", ct).ConfigureAwait(false);
        NewAssessment c = l.stored.Content;
        StringBuilder sb = new();
        sb.Append("<p class=\"noprint\"><a href=\"/cases/").Append(U(c.CaseId)).Append("\">← Case ").Append(E(c.CaseId)).Append("</a></p>");
        sb.Append("<div class=\"actions noprint\">")
          .Append("<a class=\"button\" id=\"clinician-report\" href=\"/assessments/").Append(assessmentId).Append("/report\">Clinician report</a>")
          .Append("<a class=\"button\" href=\"/assessments/").Append(assessmentId).Append("/report.pdf\">Clinician report (PDF)</a>")
          .Append("<a class=\"button\" id=\"patient-summary\" href=\"/assessments/").Append(assessmentId).Append("/patient-summary\">Patient summary</a>")
          .Append("<a class=\"button\" id=\"patient-summary-pdf\" href=\"/assessments/").Append(assessmentId).Append("/patient-summary.pdf\">Patient summary (PDF)</a>")
          .Append("<a class=\"button\" href=\"/api/v1/assessments/").Append(assessmentId).Append("/output\">JSON</a>")
          .Append("<form class=\"inline\" method=\"post\" action=\"/assessments/").Append(assessmentId).Append("/reproduce\"><button type=\"submit\">Reproduce and compare</button></form></div>");
        sb.Append("<p class=\"noprint\">Stored assessment ").Append(assessmentId).Append(" of case version ").Append(c.CaseVersion).Append(", as of ")
          .Append(c.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(", engine ").Append(E(c.EngineVersion)).Append(", knowledge base ")
          .Append(E(c.KnowledgeBaseVersion)).Append(". It never changes; sources are shown on demand (hover or follow a [citation], open “Basis and sources”).</p>");
        sb.Append(HtmlRenderer.RenderBody(ClinicianReport.Build(l.stored.Content.OutputJson, CaseAssessments.Knowledge, l.patientCase)));
        return Html($"Assessment {assessmentId}", sb.ToString());
    }

    private static async Task<IResult> DocumentAsync(
        long assessmentId, ICaseStore store, string what, Func<string, PatientCase?, ReportDocument> build, bool pdf, CancellationToken ct)
    {
        (StoredAssessment stored, PatientCase? patientCase)? loaded = await LoadAsync(assessmentId, store, ct).ConfigureAwait(false);
        if (loaded is not { } l)
        {
            return Html("Not found", $"<h1>No assessment {assessmentId}</h1>", status: 404);
        }

        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.ReportViewed, l.stored.Content.CaseId, $"{what} of assessment {assessmentId}", ct).ConfigureAwait(false);
        ReportDocument document = build(l.stored.Content.OutputJson, l.patientCase);
        if (pdf)
        {
            string name = $"{l.stored.Content.CaseId}-{assessmentId}-{(what.StartsWith("patient", StringComparison.Ordinal) ? "patient-summary" : "clinician-report")}.pdf";
            return TypedResults.File(Reports.Pdf.PdfRenderer.Render(document, l.stored.Content.AsOf), "application/pdf", name);
        }

        return TypedResults.Content(HtmlRenderer.Render(document), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ReproducePageAsync(long assessmentId, ICaseStore store, TrialSet trials, CancellationToken ct)
    {
        StoredAssessment? stored = await store.GetAssessmentAsync(assessmentId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Html("Not found", $"<h1>No assessment {assessmentId}</h1>", status: 404);
        }

        ReproductionResult r = CaseAssessments.Reproduce(stored, trials);
        await store.AuditAsync(CaseAssessments.LocalActor, AuditActions.AssessmentReproduced, stored.Content.CaseId,
            $"assessment {assessmentId}: {(r.Identical ? "identical" : "different")}", ct).ConfigureAwait(false);
        string body = $"<h1>Reproduction of assessment {assessmentId}</h1><div class=\"{(r.Identical ? "ok" : "errors")}\" id=\"reproduction\">{E(r.Note)}</div>" +
            $"<p>Stored: engine {E(r.StoredEngineVersion)}, knowledge base {E(r.StoredKnowledgeBaseVersion)}. This server: engine {E(r.CurrentEngineVersion)}, knowledge base {E(r.CurrentKnowledgeBaseVersion)}.</p>" +
            $"<p><a href=\"/assessments/{assessmentId}\">Back to the assessment</a></p>";
        return Html("Reproduction", body);
    }

    private static async Task<(StoredAssessment, PatientCase?)?> LoadAsync(long assessmentId, ICaseStore store, CancellationToken ct)
    {
        StoredAssessment? stored = await store.GetAssessmentAsync(assessmentId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        // Reports render the stored output JSON exactly; the case snapshot supplies the timeline and VAF chart.
        return (stored, CaseJsonReader.Read(stored.Content.InputJson, stored.Content.AsOf).Case);
    }

    internal static string ErrorList(IEnumerable<InputError> errors)
    {
        StringBuilder sb = new("<div class=\"errors\" id=\"errors\"><strong>The case is not valid:</strong><ul>");
        foreach (InputError e in errors)
        {
            sb.Append("<li><code>").Append(E(e.Path.Length == 0 ? "/" : e.Path)).Append("</code>: ").Append(E(e.Message)).Append(" [").Append(E(e.Code)).Append("]</li>");
        }

        return sb.Append("</ul></div>").ToString();
    }
}
