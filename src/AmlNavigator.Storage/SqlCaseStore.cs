using System.Data.Common;
using System.Globalization;

namespace AmlNavigator.Storage;

/// <summary>
/// The SQL both stores share (plain ADO.NET, parameters named <c>@x</c>, <c>RETURNING</c> and <c>ON CONFLICT</c> work in
/// SQLite and PostgreSQL alike). Each dialect supplies connections and its migration list.
/// </summary>
public abstract class SqlCaseStore : ICaseStore
{
    private readonly TimeProvider _clock;

    private protected SqlCaseStore(TimeProvider clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>Opens a new connection (pooled by the provider).</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    private protected abstract IReadOnlyList<Migrations.Step> MigrationSteps { get; }

    /// <summary>Dialect-specific set-up run once before migrations (e.g. SQLite's WAL journal).</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        int current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (Migrations.Step step in MigrationSteps.Where(s => s.Version > current))
        {
            await using DbTransaction tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, step.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@v, @d, @t)",
                cancellationToken, ("v", step.Version), ("d", step.Description), ("t", Now())).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListCasesAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, """
            SELECT c.id, c.current_version, c.updated_at,
                   (SELECT COUNT(*) FROM assessments a WHERE a.case_id = c.id)
            FROM cases c
            WHERE c.deleted = @deleted AND (@search = '' OR LOWER(c.id) LIKE @pattern)
            ORDER BY c.id
            """, ("deleted", false), ("search", search ?? ""), ("pattern", "%" + (search ?? "").ToLowerInvariant() + "%"));
        List<CaseSummary> list = [];
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new CaseSummary(reader.GetString(0), reader.GetInt32(1), Time(reader.GetString(2)), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    public async Task<StoredCase?> GetCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCaseAsync(connection, """
            SELECT v.case_id, v.version, v.case_json, v.saved_at
            FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.current_version
            WHERE c.id = @id AND c.deleted = @deleted
            """, cancellationToken, ("id", caseId), ("deleted", false)).ConfigureAwait(false);
    }

    public async Task<StoredCase?> GetCaseVersionAsync(string caseId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadCaseAsync(connection,
            "SELECT case_id, version, case_json, saved_at FROM case_versions WHERE case_id = @id AND version = @version",
            cancellationToken, ("id", caseId), ("version", version)).ConfigureAwait(false);
    }

    public async Task<StoredCase> SaveCaseAsync(string caseId, string caseJson, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(caseJson);
        ArgumentNullException.ThrowIfNull(actor);
        string now = Now();
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        object? latest = await ScalarAsync(connection, tx, "SELECT MAX(version) FROM case_versions WHERE case_id = @id",
            cancellationToken, ("id", caseId)).ConfigureAwait(false);
        int version = latest is null or DBNull ? 1 : Convert.ToInt32(latest, CultureInfo.InvariantCulture) + 1;
        object? existing = await ScalarAsync(connection, tx, "SELECT deleted FROM cases WHERE id = @id",
            cancellationToken, ("id", caseId)).ConfigureAwait(false);
        bool created = existing is null or DBNull || Convert.ToBoolean(existing, CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, tx,
            "INSERT INTO case_versions (case_id, version, case_json, saved_at) VALUES (@id, @version, @json, @now)",
            cancellationToken, ("id", caseId), ("version", version), ("json", caseJson), ("now", now)).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, """
            INSERT INTO cases (id, current_version, deleted, updated_at) VALUES (@id, @version, @deleted, @now)
            ON CONFLICT (id) DO UPDATE SET current_version = @version, deleted = @deleted, updated_at = @now
            """, cancellationToken, ("id", caseId), ("version", version), ("deleted", false), ("now", now)).ConfigureAwait(false);
        await InsertAuditAsync(connection, tx, now, actor, created ? AuditActions.CaseCreated : AuditActions.CaseUpdated, caseId,
            $"version {version}", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredCase(caseId, version, caseJson, Time(now));
    }

    public async Task<bool> DeleteCaseAsync(string caseId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(actor);
        string now = Now();
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed = await ExecuteAsync(connection, tx,
            "UPDATE cases SET deleted = @deleted, updated_at = @now WHERE id = @id AND deleted = @notDeleted",
            cancellationToken, ("deleted", true), ("now", now), ("id", caseId), ("notDeleted", false)).ConfigureAwait(false);
        if (changed > 0)
        {
            await InsertAuditAsync(connection, tx, now, actor, AuditActions.CaseDeleted, caseId, null, cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    public async Task<StoredAssessment> AddAssessmentAsync(NewAssessment assessment, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        string now = Now();
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        object? id = await ScalarAsync(connection, tx, """
            INSERT INTO assessments (case_id, case_version, as_of, engine_version, kb_version, kb_hash, input_json, output_json, created_at)
            VALUES (@case, @version, @asOf, @engine, @kb, @hash, @input, @output, @now)
            RETURNING id
            """, cancellationToken,
            ("case", assessment.CaseId), ("version", assessment.CaseVersion), ("asOf", Date(assessment.AsOf)),
            ("engine", assessment.EngineVersion), ("kb", assessment.KnowledgeBaseVersion), ("hash", assessment.KnowledgeBaseHash),
            ("input", assessment.InputJson), ("output", assessment.OutputJson), ("now", now)).ConfigureAwait(false);
        long assessmentId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        await InsertAuditAsync(connection, tx, now, actor, AuditActions.AssessmentCreated, assessment.CaseId,
            $"assessment {assessmentId} of version {assessment.CaseVersion} as of {Date(assessment.AsOf)}", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredAssessment(assessmentId, assessment, Time(now));
    }

    public async Task<StoredAssessment?> GetAssessmentAsync(long assessmentId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, """
            SELECT id, case_id, case_version, as_of, engine_version, kb_version, kb_hash, input_json, output_json, created_at
            FROM assessments WHERE id = @id
            """, ("id", assessmentId));
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        NewAssessment content = new(reader.GetString(1), reader.GetInt32(2), DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8));
        return new StoredAssessment(reader.GetInt64(0), content, Time(reader.GetString(9)));
    }

    public async Task<IReadOnlyList<AssessmentSummary>> ListAssessmentsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, """
            SELECT id, case_id, case_version, as_of, engine_version, kb_version, created_at
            FROM assessments WHERE case_id = @id ORDER BY id DESC
            """, ("id", caseId));
        List<AssessmentSummary> list = [];
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new AssessmentSummary(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(4), reader.GetString(5), Time(reader.GetString(6))));
        }

        return list;
    }

    public async Task AuditAsync(string actor, string action, string? caseId, string? detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await InsertAuditAsync(connection, null, Now(), actor, action, caseId, detail, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? caseId = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, """
            SELECT id, at, actor, action, case_id, detail FROM audit_log
            WHERE (@all = 1 OR case_id = @case) ORDER BY id DESC LIMIT @limit
            """, ("all", caseId is null ? 1 : 0), ("case", caseId ?? ""), ("limit", Math.Clamp(limit, 1, 10_000)));
        List<AuditEntry> list = [];
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new AuditEntry(reader.GetInt64(0), Time(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return list;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)
            """, cancellationToken).ConfigureAwait(false);
        object? value = await ScalarAsync(connection, null, "SELECT MAX(version) FROM schema_migrations", cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task<StoredCase?> ReadCaseAsync(
        DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand command = Command(connection, null, sql, parameters);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredCase(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), Time(reader.GetString(3)))
            : null;
    }

    private static Task<int> InsertAuditAsync(
        DbConnection connection, DbTransaction? tx, string at, string actor, string action, string? caseId, string? detail,
        CancellationToken cancellationToken) =>
        ExecuteAsync(connection, tx, "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (@at, @actor, @action, @case, @detail)",
            cancellationToken, ("at", at), ("actor", actor), ("action", action), ("case", (object?)caseId ?? DBNull.Value), ("detail", (object?)detail ?? DBNull.Value));

    private static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(
        DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand command = Command(connection, tx, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL text is constant; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = tx;
        foreach ((string name, object value) in parameters)
        {
            DbParameter p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }

    private string Now() => _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
