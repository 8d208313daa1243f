namespace AmlNavigator.Storage;

/// <summary>
/// Cases (every saved version kept), immutable assessments and the append-only audit log. Two real implementations:
/// <see cref="SqliteCaseStore"/> (embedded default) and <see cref="PostgresCaseStore"/> (chosen by connection string),
/// with the same schema and forward-only migrations.
/// </summary>
/// <remarks>
/// The store never writes patient data to logs. Assessments and audit entries can be added but never changed or
/// removed (the schema enforces this with triggers), so a past recommendation can be reproduced from its stored input
/// snapshot, <c>asOf</c>, engine and knowledge-base versions.
/// </remarks>
public interface ICaseStore
{
    /// <summary>Creates or upgrades the schema (forward-only); safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The schema version now in the database.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Current versions of the cases whose id contains <paramref name="search"/> (all when null), by id.</summary>
    Task<IReadOnlyList<CaseSummary>> ListCasesAsync(string? search = null, CancellationToken cancellationToken = default);

    /// <summary>The current version of a case, or null when absent or deleted.</summary>
    Task<StoredCase?> GetCaseAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>One version of a case (deleted cases keep their versions for reproduction).</summary>
    Task<StoredCase?> GetCaseVersionAsync(string caseId, int version, CancellationToken cancellationToken = default);

    /// <summary>Saves the case JSON as a new version (1 for a new case) and audits it.</summary>
    Task<StoredCase> SaveCaseAsync(string caseId, string caseJson, string actor, CancellationToken cancellationToken = default);

    /// <summary>Marks a case deleted (versions and assessments are kept); false when it did not exist.</summary>
    Task<bool> DeleteCaseAsync(string caseId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Stores an assessment (immutable from then on) and audits it.</summary>
    Task<StoredAssessment> AddAssessmentAsync(NewAssessment assessment, string actor, CancellationToken cancellationToken = default);

    Task<StoredAssessment?> GetAssessmentAsync(long assessmentId, CancellationToken cancellationToken = default);

    /// <summary>A case's assessments, newest first.</summary>
    Task<IReadOnlyList<AssessmentSummary>> ListAssessmentsAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Appends one audit entry (who, what, when, which case).</summary>
    Task AuditAsync(string actor, string action, string? caseId, string? detail, CancellationToken cancellationToken = default);

    /// <summary>Audit entries, newest first, optionally for one case.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? caseId = null, int limit = 200, CancellationToken cancellationToken = default);
}

/// <summary>One saved version of a case.</summary>
public sealed record StoredCase(string CaseId, int Version, string CaseJson, DateTimeOffset SavedAt);

/// <summary>The current version of a case, for lists.</summary>
public sealed record CaseSummary(string CaseId, int Version, DateTimeOffset UpdatedAt, int AssessmentCount);

/// <summary>What is stored for an assessment: the exact input snapshot and output bytes with their versions.</summary>
/// <param name="CaseId">The case assessed.</param>
/// <param name="CaseVersion">The case version whose JSON is <paramref name="InputJson"/>.</param>
/// <param name="AsOf">The date the assessment speaks for.</param>
/// <param name="EngineVersion">Engine version that produced it.</param>
/// <param name="KnowledgeBaseVersion">Knowledge-base version.</param>
/// <param name="KnowledgeBaseHash">Knowledge-base content hash.</param>
/// <param name="InputJson">The case JSON exactly as assessed.</param>
/// <param name="OutputJson">The assessment JSON exactly as produced.</param>
public sealed record NewAssessment(
    string CaseId, int CaseVersion, DateOnly AsOf, string EngineVersion, string KnowledgeBaseVersion,
    string KnowledgeBaseHash, string InputJson, string OutputJson);

/// <summary>A stored, immutable assessment.</summary>
public sealed record StoredAssessment(long Id, NewAssessment Content, DateTimeOffset CreatedAt);

/// <summary>An assessment in a list (without the JSON bodies).</summary>
public sealed record AssessmentSummary(
    long Id, string CaseId, int CaseVersion, DateOnly AsOf, string EngineVersion, string KnowledgeBaseVersion, DateTimeOffset CreatedAt);

/// <summary>One audit-log entry. <paramref name="Detail"/> never holds clinical content, only ids and versions.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? CaseId, string? Detail);

/// <summary>Audit actions.</summary>
public static class AuditActions
{
    public const string CaseCreated = "case-created";
    public const string CaseUpdated = "case-updated";
    public const string CaseDeleted = "case-deleted";
    public const string CaseViewed = "case-viewed";
    public const string AssessmentCreated = "assessment-created";
    public const string AssessmentViewed = "assessment-viewed";
    public const string AssessmentReproduced = "assessment-reproduced";
    public const string ReportViewed = "report-viewed";
}
