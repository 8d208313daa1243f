namespace AmlNavigator.Storage;

/// <summary>
/// Forward-only schema migrations, one list per dialect with the same numbering. A migration is never edited once
/// released: a change is a new, higher-numbered step. <c>schema_migrations</c> records what has been applied.
/// </summary>
internal static class Migrations
{
    public sealed record Step(int Version, string Description, string Sql);

    public static readonly IReadOnlyList<Step> Sqlite =
    [
        new(1, "cases, case versions, assessments, audit log", """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                current_version INTEGER NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL);
            CREATE TABLE case_versions (
                case_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                case_json TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                PRIMARY KEY (case_id, version));
            CREATE TABLE assessments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                case_id TEXT NOT NULL,
                case_version INTEGER NOT NULL,
                as_of TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                kb_version TEXT NOT NULL,
                kb_hash TEXT NOT NULL,
                input_json TEXT NOT NULL,
                output_json TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE INDEX assessments_case ON assessments (case_id, id);
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                case_id TEXT NULL,
                detail TEXT NULL);
            CREATE INDEX audit_case ON audit_log (case_id, id);
            CREATE TRIGGER case_versions_immutable BEFORE UPDATE ON case_versions
                BEGIN SELECT RAISE(ABORT, 'case versions are immutable'); END;
            CREATE TRIGGER case_versions_kept BEFORE DELETE ON case_versions
                BEGIN SELECT RAISE(ABORT, 'case versions are immutable'); END;
            CREATE TRIGGER assessments_immutable BEFORE UPDATE ON assessments
                BEGIN SELECT RAISE(ABORT, 'assessments are immutable'); END;
            CREATE TRIGGER assessments_kept BEFORE DELETE ON assessments
                BEGIN SELECT RAISE(ABORT, 'assessments are immutable'); END;
            CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_kept BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """),
    ];

    public static readonly IReadOnlyList<Step> Postgres =
    [
        new(1, "cases, case versions, assessments, audit log", """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                current_version INTEGER NOT NULL,
                deleted BOOLEAN NOT NULL DEFAULT FALSE,
                updated_at TEXT NOT NULL);
            CREATE TABLE case_versions (
                case_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                case_json TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                PRIMARY KEY (case_id, version));
            CREATE TABLE assessments (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                case_id TEXT NOT NULL,
                case_version INTEGER NOT NULL,
                as_of TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                kb_version TEXT NOT NULL,
                kb_hash TEXT NOT NULL,
                input_json TEXT NOT NULL,
                output_json TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE INDEX assessments_case ON assessments (case_id, id);
            CREATE TABLE audit_log (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                case_id TEXT NULL,
                detail TEXT NULL);
            CREATE INDEX audit_case ON audit_log (case_id, id);
            CREATE FUNCTION amlnav_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME; END; $$;
            CREATE TRIGGER case_versions_immutable BEFORE UPDATE OR DELETE ON case_versions
                FOR EACH ROW EXECUTE FUNCTION amlnav_reject_change();
            CREATE TRIGGER assessments_immutable BEFORE UPDATE OR DELETE ON assessments
                FOR EACH ROW EXECUTE FUNCTION amlnav_reject_change();
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION amlnav_reject_change();
            """),
    ];

    public static int Latest => Sqlite[^1].Version;
}
