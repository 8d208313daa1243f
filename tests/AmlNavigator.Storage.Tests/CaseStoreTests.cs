using System.Data.Common;

namespace AmlNavigator.Storage.Tests;

/// <summary>The behaviour every <see cref="ICaseStore"/> must show, run on real SQLite and real PostgreSQL.</summary>
public sealed class CaseStoreTests
{
    private const string CaseV1 = """{"id":"case-a","patient":{"ageAtDiagnosis":58}}""";
    private const string CaseV2 = """{"id":"case-a","patient":{"ageAtDiagnosis":58,"ecog":1}}""";

    public static TheoryData<string> Kinds => StoreUnderTest.Kinds();

    private static NewAssessment Assessment(int caseVersion) =>
        new("case-a", caseVersion, new DateOnly(2024, 8, 1), "0.1.0", "2026.11.0", "abc123", CaseV1, "{\"caseId\":\"case-a\"}\n");

    [PostgresFact]
    public void PostgreSQL_TestServer_IsConfigured()
    {
        // Skips locally without the server (with the message saying how to start it); fails in CI, where it must run.
        TestPostgres.ConnectionString.ShouldNotBeNull(TestPostgres.SkipMessage);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Migrate_Twice_IsIdempotentAndRecordsLatestVersion(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        (await s.Store.SchemaVersionAsync()).ShouldBe(0);
        await s.Store.MigrateAsync();
        await s.Store.MigrateAsync();
        (await s.Store.SchemaVersionAsync()).ShouldBe(Migrations.Latest);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task SaveCase_NewThenUpdate_KeepsEveryVersion(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        StoredCase v1 = await s.Store.SaveCaseAsync("case-a", CaseV1, "tester");
        s.Clock.Advance(TimeSpan.FromMinutes(5));
        StoredCase v2 = await s.Store.SaveCaseAsync("case-a", CaseV2, "tester");

        v1.Version.ShouldBe(1);
        v2.Version.ShouldBe(2);
        (await s.Store.GetCaseAsync("case-a"))!.CaseJson.ShouldBe(CaseV2);
        (await s.Store.GetCaseVersionAsync("case-a", 1))!.CaseJson.ShouldBe(CaseV1);
        (await s.Store.GetCaseAsync("case-a"))!.SavedAt.ShouldBe(s.Clock.GetUtcNow());
        (await s.Store.GetCaseAsync("absent")).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task ListCases_Search_FiltersByIdCaseInsensitively(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("npm1-case", CaseV1, "tester");
        await s.Store.SaveCaseAsync("tp53-case", CaseV1, "tester");

        (await s.Store.ListCasesAsync()).Select(c => c.CaseId).ShouldBe(["npm1-case", "tp53-case"]);
        (await s.Store.ListCasesAsync("TP53")).Select(c => c.CaseId).ShouldBe(["tp53-case"]);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task DeleteCase_HidesItButKeepsVersionsAndAssessments(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("case-a", CaseV1, "tester");
        StoredAssessment stored = await s.Store.AddAssessmentAsync(Assessment(1), "tester");

        (await s.Store.DeleteCaseAsync("case-a", "tester")).ShouldBeTrue();
        (await s.Store.DeleteCaseAsync("case-a", "tester")).ShouldBeFalse();

        (await s.Store.GetCaseAsync("case-a")).ShouldBeNull();
        (await s.Store.ListCasesAsync()).ShouldBeEmpty();
        (await s.Store.GetCaseVersionAsync("case-a", 1)).ShouldNotBeNull();
        (await s.Store.GetAssessmentAsync(stored.Id)).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task AddAssessment_RoundTripsEveryFieldExactly(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("case-a", CaseV1, "tester");
        StoredAssessment stored = await s.Store.AddAssessmentAsync(Assessment(1), "tester");

        StoredAssessment? read = await s.Store.GetAssessmentAsync(stored.Id);
        read.ShouldNotBeNull();
        read.Content.ShouldBe(Assessment(1));
        read.CreatedAt.ShouldBe(s.Clock.GetUtcNow());
        (await s.Store.ListAssessmentsAsync("case-a")).Single().Id.ShouldBe(stored.Id);
        (await s.Store.ListCasesAsync()).Single().AssessmentCount.ShouldBe(1);
        (await s.Store.GetAssessmentAsync(stored.Id + 1000)).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Assessments_AndCaseVersions_CannotBeChangedOrDeleted(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("case-a", CaseV1, "tester");
        await s.Store.AddAssessmentAsync(Assessment(1), "tester");

        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("UPDATE assessments SET output_json = '{}'"));
        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("DELETE FROM assessments"));
        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("UPDATE case_versions SET case_json = '{}'"));
        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("DELETE FROM case_versions"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task AuditLog_RecordsChangesInOrder_AndIsAppendOnly(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("case-a", CaseV1, "alice");
        await s.Store.SaveCaseAsync("case-a", CaseV2, "alice");
        await s.Store.AddAssessmentAsync(Assessment(2), "bob");
        await s.Store.AuditAsync("carol", AuditActions.CaseViewed, "case-a", "version 2");
        await s.Store.DeleteCaseAsync("case-a", "alice");
        await s.Store.SaveCaseAsync("other", CaseV1, "alice");

        IReadOnlyList<AuditEntry> audit = await s.Store.ListAuditAsync("case-a");
        audit.Select(a => a.Action).ShouldBe([AuditActions.CaseDeleted, AuditActions.CaseViewed, AuditActions.AssessmentCreated,
            AuditActions.CaseUpdated, AuditActions.CaseCreated]);
        audit.Select(a => a.Actor).ShouldBe(["alice", "carol", "bob", "alice", "alice"]);
        (await s.Store.ListAuditAsync()).Count.ShouldBe(6);
        (await s.Store.ListAuditAsync(limit: 2)).Count.ShouldBe(2);

        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("DELETE FROM audit_log"));
        await Should.ThrowAsync<DbException>(() => s.ExecuteRawAsync("UPDATE audit_log SET actor = 'mallory'"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task SaveCase_AfterDelete_StartsAgainAsCreatedWithNextVersion(string kind)
    {
        await using StoreUnderTest s = StoreUnderTest.Create(kind);
        await s.Store.MigrateAsync();
        await s.Store.SaveCaseAsync("case-a", CaseV1, "tester");
        await s.Store.DeleteCaseAsync("case-a", "tester");
        StoredCase again = await s.Store.SaveCaseAsync("case-a", CaseV2, "tester");

        again.Version.ShouldBe(2);
        (await s.Store.GetCaseAsync("case-a"))!.Version.ShouldBe(2);
        (await s.Store.ListAuditAsync("case-a", 1)).Single().Action.ShouldBe(AuditActions.CaseCreated);
    }

    [Fact]
    public async Task Sqlite_Migrate_CreatesTheDataFolderAndFile()
    {
        await using StoreUnderTest s = StoreUnderTest.Create("sqlite");
        await s.Store.MigrateAsync();
        File.Exists(((SqliteCaseStore)s.Store).DatabasePath).ShouldBeTrue();
    }
}
