using System.Text;

using AmlNavigator.Domain.Trials;
using AmlNavigator.Testing;

using Xunit.Abstractions;

namespace AmlNavigator.ClinicalTrialsGov.Tests;

public class CtGovReaderTests(ITestOutputHelper output)
{
    private const string Study = """
        {"protocolSection":{
          "identificationModule":{"nctId":"NCT01234567","briefTitle":"A study of X in relapsed AML"},
          "statusModule":{"overallStatus":"RECRUITING","lastUpdatePostDateStruct":{"date":"2024-05-17"},"startDateStruct":{"date":"2023-01"}},
          "conditionsModule":{"conditions":["Acute Myeloid Leukemia"]},
          "designModule":{"phases":["PHASE1","PHASE2"]},
          "armsInterventionsModule":{"interventions":[{"type":"DRUG","name":"X"}]},
          "eligibilityModule":{"eligibilityCriteria":"Inclusion Criteria:\n\n* Relapsed AML\n\nExclusion Criteria:\n\n* APL","minimumAge":"18 Years","maximumAge":"N/A","sex":"ALL"},
          "contactsLocationsModule":{
            "centralContacts":[{"name":"Trial Desk","phone":"555-0100","email":"desk@example.org"}],
            "locations":[{"facility":"Dana-Farber","city":"Boston","state":"Massachusetts","zip":"02215","country":"United States","status":"RECRUITING","geoPoint":{"lat":42.3376,"lon":-71.1069}}]}
        }}
        """;

    [Fact]
    public void Reads_a_single_study_with_all_kept_fields()
    {
        CtGovRecord record = CtGovReader.ReadText(Study, "one.json").Single();
        Trial trial = record.Trial.ShouldNotBeNull();
        trial.NctId.ShouldBe("NCT01234567");
        trial.Title.ShouldBe("A study of X in relapsed AML");
        trial.OverallStatus.ShouldBe("RECRUITING");
        trial.IsOpen.ShouldBeTrue();
        trial.Phases.ShouldBe(["PHASE1", "PHASE2"]);
        trial.Conditions.ShouldBe(["Acute Myeloid Leukemia"]);
        trial.Interventions.ShouldBe(["X"]);
        trial.MinimumAgeYears.ShouldBe(18);
        trial.MaximumAgeYears.ShouldBeNull();
        trial.Sex.ShouldBe("ALL");
        trial.LastUpdate.ShouldBe(new DateOnly(2024, 5, 17));
        trial.StartDate.ShouldBe(new DateOnly(2023, 1, 1));
        trial.Contacts.Single().Email.ShouldBe("desk@example.org");
        TrialSite site = trial.Sites.Single();
        site.City.ShouldBe("Boston");
        site.Latitude.ShouldBe(42.3376);
        site.Longitude.ShouldBe(-71.1069);
        record.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_a_saved_api_page_and_locates_a_bad_study_in_it()
    {
        string page = "{\"studies\":[" + Study + """,{"protocolSection":{"identificationModule":{"nctId":"12345"}}},{"nope":1}],"nextPageToken":"abc"}""";
        List<CtGovRecord> records = [.. CtGovReader.ReadText(page, "page.json")];
        records.Count.ShouldBe(3);
        records[0].Trial.ShouldNotBeNull();
        records[1].Trial.ShouldBeNull();
        records[1].Diagnostics.Single().Path.ShouldBe("/studies/1/protocolSection/identificationModule/nctId");
        records[1].Diagnostics.Single().Code.ShouldBe("ctgov-missing-nct-id");
        records[2].Diagnostics.Single().Path.ShouldBe("/studies/2/protocolSection");
    }

    [Fact]
    public void Ndjson_reports_the_bad_line_and_goes_on()
    {
        string compact = Study.ReplaceLineEndings("");
        string text = compact + "\n{\"protocolSection\": tru\n\n" + compact.Replace("NCT01234567", "NCT07654321", StringComparison.Ordinal) + "\n";
        List<CtGovRecord> records = [.. CtGovReader.ReadText(text, "x.ndjson")];
        records.Count.ShouldBe(3);
        records[0].Trial!.NctId.ShouldBe("NCT01234567");
        CtGovDiagnostic error = records[1].Diagnostics.Single();
        error.Line.ShouldBe(2);
        error.Code.ShouldBe("ctgov-invalid-json");
        error.ToString().ShouldStartWith("x.ndjson:2: /: error: invalid JSON");
        records[2].Trial!.NctId.ShouldBe("NCT07654321");
    }

    [Fact]
    public void Invalid_json_document_is_located_by_line()
    {
        CtGovDiagnostic error = CtGovReader.ReadText("{\n \"protocolSection\": {\n  \"x\": ]\n}", "bad.json").Single().Diagnostics.Single();
        error.Code.ShouldBe("ctgov-invalid-json");
        error.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("[]", 0)]
    [InlineData("42", 1)]
    [InlineData("\"text\"", 1)]
    [InlineData("{\"studies\":{}}", 1)]
    public void Non_study_documents_give_located_errors(string json, int records)
    {
        List<CtGovRecord> read = [.. CtGovReader.ReadText(json, "s.json")];
        read.Count.ShouldBe(records);
        read.ShouldAllBe(r => r.Trial == null && r.Diagnostics.Length == 1);
    }

    [Fact]
    public void Wrong_types_are_warnings_and_the_record_is_kept()
    {
        string partial = """
            {"protocolSection":{"identificationModule":{"nctId":"NCT00000001"},
             "statusModule":{"overallStatus":7,"lastUpdatePostDateStruct":{"date":"May 2024"}},
             "designModule":{"phases":"PHASE2"},
             "eligibilityModule":{"minimumAge":"eighteen"},
             "contactsLocationsModule":{"locations":[{"facility":"Site","geoPoint":{"lat":123,"lon":5}}, 3]}}}
            """;
        CtGovRecord record = CtGovReader.ReadText(partial, "p.json").Single();
        Trial trial = record.Trial.ShouldNotBeNull();
        trial.Title.ShouldBe("NCT00000001");
        trial.OverallStatus.ShouldBe("UNKNOWN");
        trial.Phases.ShouldBeEmpty();
        trial.MinimumAgeYears.ShouldBeNull();
        trial.Sites.Single().Latitude.ShouldBeNull();
        record.Diagnostics.ShouldAllBe(d => d.Severity == CtGovSeverity.Warning);
        record.Diagnostics.Select(d => d.Path).ShouldBe(
        [
            "/protocolSection/statusModule/overallStatus",
            "/protocolSection/designModule/phases",
            "/protocolSection/eligibilityModule/minimumAge",
            "/protocolSection/contactsLocationsModule/locations/0/geoPoint",
            "/protocolSection/contactsLocationsModule/locations/1",
            "/protocolSection/statusModule/lastUpdatePostDateStruct/date",
            "/protocolSection/eligibilityModule/eligibilityCriteria",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Ten_thousand_ndjson_records_stream_through()
    {
        string compact = Study.ReplaceLineEndings("");
        StringBuilder sb = new();
        for (int i = 0; i < 10_000; i++)
        {
            sb.Append(compact.Replace("NCT01234567", $"NCT{i:D8}", StringComparison.Ordinal)).Append('\n');
        }

        int count = 0;
        foreach (CtGovRecord record in CtGovReader.ReadText(sb.ToString(), "big.ndjson"))
        {
            record.Trial.ShouldNotBeNull();
            count++;
        }

        count.ShouldBe(10_000);
    }

    [Fact]
    public void Reads_the_56_shared_aml_trials_without_errors()
    {
        if (SharedData.Directory is null)
        {
            output.WriteLine("SKIPPED: shared data absent (../shared/data or AMLNAV_SHARED_DATA): corpus test not run");
            return;
        }

        List<CtGovRecord> records = [.. CtGovReader.ReadPath(SharedData.PathOf("ctgov-aml-trials/studies"))];
        records.Count.ShouldBe(56);
        records.ShouldAllBe(r => r.Trial != null && r.Trial.EligibilityCriteria != null);
        records.SelectMany(r => r.Diagnostics).ShouldBeEmpty();
        records.Select(r => r.Trial!.NctId).ShouldBeUnique();
    }
}
