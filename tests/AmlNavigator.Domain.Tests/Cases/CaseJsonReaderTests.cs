using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.Tests.Cases;

public class CaseJsonReaderTests
{
    private static CaseReadResult Read(string json) => CaseJsonReader.Read(json, CaseMutations.AsOf);

    [Fact]
    public void Read_ContractExample_IsValidWithoutWarnings()
    {
        CaseReadResult result = Read(CaseMutations.ValidCase);

        result.Errors.ShouldBeEmpty();
        result.Warnings.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        PatientCase c = result.Case!;
        c.Id.ShouldBe("demo-flt3-late-relapse");
        c.Diagnosis!.Genetics!.Variants[0].Vaf.ShouldBe(0.42);
        c.Therapies[0].Response!.Best.ShouldBe(ResponseCategory.CR);
        c.Relapse!.Genetics!.Cd33Positive.ShouldBe(true);
    }

    // One row per rule: where to edit the valid case, the value to put there, and the path and code expected.
    public static TheoryData<string, string?, string, string> FailingEdits => new()
    {
        // shape
        { "/id", null, "/id", CaseErrorCodes.RequiredMissing },
        { "/id", "null", "/id", CaseErrorCodes.RequiredMissing },
        { "/id", "\"  \"", "/id", CaseErrorCodes.StringEmpty },
        { "/id", "42", "/id", CaseErrorCodes.TypeMismatch },
        { "/patinet", "{}", "/patinet", CaseErrorCodes.PropertyUnknown },
        { "/diagnosis/genetics/variants/0/vaff", "0.4", "/diagnosis/genetics/variants/0/vaff", CaseErrorCodes.PropertyUnknown },
        { "/diagnosis/genetics/variants/0/gene", null, "/diagnosis/genetics/variants/0/gene", CaseErrorCodes.RequiredMissing },
        { "/medications/0/name", null, "/medications/0/name", CaseErrorCodes.RequiredMissing },
        { "/patient", "[]", "/patient", CaseErrorCodes.TypeMismatch },
        { "/therapies", "{}", "/therapies", CaseErrorCodes.TypeMismatch },
        { "/therapies/0/agents", "\"cytarabine\"", "/therapies/0/agents", CaseErrorCodes.TypeMismatch },
        { "/therapies/0/agents/0", "null", "/therapies/0/agents/0", CaseErrorCodes.TypeMismatch },
        { "/patient/ecog", "\"1\"", "/patient/ecog", CaseErrorCodes.TypeMismatch },
        { "/relapse/genetics/cd33Positive", "\"yes\"", "/relapse/genetics/cd33Positive", CaseErrorCodes.TypeMismatch },
        // enumerations (case-sensitive)
        { "/patient/sex", "\"Female\"", "/patient/sex", CaseErrorCodes.ValueNotAllowed },
        { "/context/jurisdiction", "\"UK\"", "/context/jurisdiction", CaseErrorCodes.ValueNotAllowed },
        { "/diagnosis/amlType", "\"secondary-aml\"", "/diagnosis/amlType", CaseErrorCodes.ValueNotAllowed },
        { "/therapies/0/intent", "\"inductoin\"", "/therapies/0/intent", CaseErrorCodes.ValueNotAllowed },
        { "/therapies/0/intensity", "\"high\"", "/therapies/0/intensity", CaseErrorCodes.ValueNotAllowed },
        { "/therapies/0/response/best", "\"cr\"", "/therapies/0/response/best", CaseErrorCodes.ValueNotAllowed },
        { "/diagnosis/genetics/variants/1/type", "\"itd\"", "/diagnosis/genetics/variants/1/type", CaseErrorCodes.ValueNotAllowed },
        { "/transplants", """[{"type":"allogeneic","date":"2023-09-01","donor":"none-found"}]""", "/transplants/0/donor", CaseErrorCodes.ValueNotAllowed },
        { "/patient/comorbidities/0", "\"diabetis\"", "/patient/comorbidities/0", CaseErrorCodes.ValueNotAllowed },
        { "/preferences/priorities/0", "\"longevity\"", "/preferences/priorities/0", CaseErrorCodes.ValueNotAllowed },
        { "/location/country", "\"usa\"", "/location/country", CaseErrorCodes.CountryInvalid },
        // dates
        { "/diagnosis/date", "\"01/02/2023\"", "/diagnosis/date", CaseErrorCodes.DateInvalid },
        { "/diagnosis/date", "\"2023-02-30\"", "/diagnosis/date", CaseErrorCodes.DateInvalid },
        { "/diagnosis/date", "20230201", "/diagnosis/date", CaseErrorCodes.TypeMismatch },
        // units and ranges
        { "/diagnosis/genetics/variants/0/vaf", "42", "/diagnosis/genetics/variants/0/vaf", CaseErrorCodes.VafLooksLikePercent },
        { "/diagnosis/genetics/variants/0/vaf", "420", "/diagnosis/genetics/variants/0/vaf", CaseErrorCodes.OutOfRange },
        { "/diagnosis/genetics/variants/0/vaf", "-0.1", "/diagnosis/genetics/variants/0/vaf", CaseErrorCodes.OutOfRange },
        { "/relapse/marrowBlastPercent", "138", "/relapse/marrowBlastPercent", CaseErrorCodes.OutOfRange },
        { "/relapse/bloodBlastPercent", "-1", "/relapse/bloodBlastPercent", CaseErrorCodes.OutOfRange },
        { "/patient/ecog", "5", "/patient/ecog", CaseErrorCodes.OutOfRange },
        { "/patient/ecog", "1.5", "/patient/ecog", CaseErrorCodes.NotInteger },
        { "/patient/ageAtDiagnosis", "130", "/patient/ageAtDiagnosis", CaseErrorCodes.OutOfRange },
        { "/patient/hctCi", "-1", "/patient/hctCi", CaseErrorCodes.OutOfRange },
        { "/patient/weightKg", "0", "/patient/weightKg", CaseErrorCodes.OutOfRange },
        { "/relapse/number", "0", "/relapse/number", CaseErrorCodes.OutOfRange },
        { "/labs/hemoglobin", "84", "/labs/hemoglobin", CaseErrorCodes.HemoglobinLooksLikeGramsPerLitre },
        { "/labs/lvef", "0.6", "/labs/lvef", CaseErrorCodes.PercentLooksLikeFraction },
        { "/labs/qtcMs", "0.431", "/labs/qtcMs", CaseErrorCodes.QtcLooksLikeSeconds },
        { "/labs/platelets", "-3", "/labs/platelets", CaseErrorCodes.OutOfRange },
        { "/labs/anc", "20", "/labs/anc", CaseErrorCodes.AncAboveWbc },
        { "/location/latitude", "91", "/location/latitude", CaseErrorCodes.OutOfRange },
        { "/diagnosis/genetics/variants/0/allelicRatio", "0.5", "/diagnosis/genetics/variants/0/allelicRatio", CaseErrorCodes.AllelicRatioNotFlt3Itd },
        // genes and fusions
        { "/diagnosis/genetics/variants/1/gene", "\"FLT3-ITD\"", "/diagnosis/genetics/variants/1/gene", CaseErrorCodes.GeneInvalid },
        { "/diagnosis/genetics/testedGenes/0", "\"FLT3 ITD\"", "/diagnosis/genetics/testedGenes/0", CaseErrorCodes.GeneInvalid },
        { "/diagnosis/genetics/fusions", "[\"PML-RARA\"]", "/diagnosis/genetics/fusions/0", CaseErrorCodes.FusionInvalid },
        { "/diagnosis/genetics/fusions", "[\"?::KMT2A\"]", "/diagnosis/genetics/fusions/0", CaseErrorCodes.FusionInvalid },
        // date consistency
        { "/relapse/date", "\"2027-01-01\"", "/relapse/date", CaseErrorCodes.DateAfterAsOf },
        { "/labs/date", "\"2026-12-01\"", "/labs/date", CaseErrorCodes.DateAfterAsOf },
        { "/therapies/1/end", "\"2023-03-01\"", "/therapies/1/end", CaseErrorCodes.TherapyEndBeforeStart },
        { "/therapies/0/response/date", "\"2023-02-01\"", "/therapies/0/response/date", CaseErrorCodes.ResponseBeforeTherapyStart },
        { "/relapse/date", "\"2023-01-15\"", "/relapse/date", CaseErrorCodes.RelapseBeforeDiagnosis },
        { "/relapse/date", "\"2023-03-01\"", "/relapse/date", CaseErrorCodes.RelapseBeforeRemission },
        { "/transplants", """[{"type":"allogeneic","date":"2022-12-01"}]""", "/transplants/0/date", CaseErrorCodes.TransplantBeforeDiagnosis },
        { "/patient/birthDate", "\"2024-01-01\"", "/patient/birthDate", CaseErrorCodes.BirthDateAfterDiagnosis },
        { "/patient/birthDate", "\"1950-01-01\"", "/patient/ageAtDiagnosis", CaseErrorCodes.AgeBirthDateMismatch },
        { "/relapse/molecularOnly", "true", "/relapse/molecularOnly", CaseErrorCodes.MolecularRelapseWithBlasts },
    };

    [Theory]
    [MemberData(nameof(FailingEdits))]
    public void Read_InvalidValue_ReportsPathAndCode(string pointer, string? value, string expectedPath, string expectedCode)
    {
        // Given
        string json = CaseMutations.With(pointer, value);

        // When
        CaseReadResult result = Read(json);

        // Then
        result.IsValid.ShouldBeFalse();
        result.Case.ShouldBeNull();
        result.Errors.ShouldContain(e => e.Path == expectedPath && e.Code == expectedCode,
            $"errors were: {string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code}"))}");
        result.Errors.ShouldAllBe(e => CaseErrorCodes.All.Contains(e.Code));
    }

    // Warnings: the case stays usable; the value is mapped or kept, and the warning is located.
    public static TheoryData<string, string?, string, string> WarningEdits => new()
    {
        { "/diagnosis/genetics/testedGenes/0", "\"MLL\"", "/diagnosis/genetics/testedGenes/0", CaseErrorCodes.GeneAlias },
        { "/diagnosis/genetics/variants/0/gene", "\"npm1\"", "/diagnosis/genetics/variants/0/gene", CaseErrorCodes.GeneCase },
        { "/diagnosis/genetics/variants/0/gene", "\"FOO1\"", "/diagnosis/genetics/variants/0/gene", CaseErrorCodes.GeneUnknown },
        { "/diagnosis/genetics/fusions", "[\"MLL::AF9\"]", "/diagnosis/genetics/fusions/0", CaseErrorCodes.GeneAlias },
        { "/therapies/0/agents/0", "\"Cytarabine\"", "/therapies/0/agents/0", CaseErrorCodes.NameNotLowerCase },
        { "/diagnosis/genetics/testedGenes/1", "\"FLT3\"", "/diagnosis/genetics/testedGenes", CaseErrorCodes.DuplicateItem },
        { "/therapies/0/start", "\"2023-01-20\"", "/therapies/0/start", CaseErrorCodes.TherapyBeforeDiagnosis },
    };

    [Theory]
    [MemberData(nameof(WarningEdits))]
    public void Read_RepairableValue_WarnsWithPathAndCode(string pointer, string? value, string expectedPath, string expectedCode)
    {
        CaseReadResult result = Read(CaseMutations.With(pointer, value));

        result.Errors.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.Warnings.ShouldContain(w => w.Path == expectedPath && w.Code == expectedCode,
            $"warnings were: {string.Join("; ", result.Warnings.Select(e => $"{e.Path} {e.Code}"))}");
        result.Case!.InputWarnings.ShouldBe(result.Warnings);
    }

    [Theory]
    [InlineData("MLL", "KMT2A")]
    [InlineData("EVI1", "MECOM")]
    [InlineData("AML1", "RUNX1")]
    [InlineData("ETO", "RUNX1T1")]
    [InlineData("npm1", "NPM1")]
    public void Read_AliasGene_IsMappedToHgncSymbol(string written, string expected)
    {
        CaseReadResult result = Read(CaseMutations.With("/diagnosis/genetics/variants/0/gene", $"\"{written}\""));

        result.Case!.Diagnosis!.Genetics!.Variants[0].Gene.ShouldBe(expected);
    }

    [Fact]
    public void Read_FusionWithAliases_IsNormalised()
    {
        CaseReadResult result = Read(CaseMutations.With("/diagnosis/genetics/fusions", "[\"MLL::AF9\", \"KMT2A::?\"]"));

        result.Case!.Diagnosis!.Genetics!.Fusions.ShouldBe(["KMT2A::MLLT3", "KMT2A::?"]);
    }

    [Fact]
    public void Read_VafAsPercent_SaysItLooksLikeAPercentAndSuggestsTheFraction()
    {
        CaseReadResult result = Read(CaseMutations.With("/diagnosis/genetics/variants/0/vaf", "42"));

        InputError e = result.Errors.Single();
        e.Message.ShouldContain("percent");
        e.Message.ShouldContain("0.42");
    }

    [Fact]
    public void Read_MisspeltProperty_SuggestsTheNearestName()
    {
        CaseReadResult result = Read(CaseMutations.With("/patient/agaAtDiagnosis", "58"));

        result.Errors.Single(e => e.Code == CaseErrorCodes.PropertyUnknown).Message.ShouldContain("Did you mean 'ageAtDiagnosis'?");
    }

    [Fact]
    public void Read_PropertyInTheWrongObject_SaysWhereItBelongs()
    {
        CaseReadResult result = Read(CaseMutations.With("/diagnosis/genetics/vaf", "0.4"));

        result.Errors.Single().Message.ShouldContain("belongs in genetics.variants[] items");
    }

    [Fact]
    public void Read_SeveralProblems_ReportsThemAllAtOnce()
    {
        string json = CaseMutations.With("/patient/ecog", "7");
        json = CaseMutations.With(json, "/diagnosis/genetics/variants/0/vaf", "42");
        json = CaseMutations.With(json, "/relapse/date", "\"2030-01-01\"");
        json = CaseMutations.With(json, "/labs/colour", "\"red\"");

        CaseReadResult result = Read(json);

        result.Errors.Select(e => e.Code).ShouldBe(
            [CaseErrorCodes.OutOfRange, CaseErrorCodes.VafLooksLikePercent, CaseErrorCodes.PropertyUnknown, CaseErrorCodes.DateAfterAsOf],
            ignoreOrder: true);
    }

    [Fact]
    public void Read_DuplicateProperty_IsAnError()
    {
        string json = CaseMutations.ValidCase.Replace("\"ecog\": 1,", "\"ecog\": 1, \"ecog\": 2,");

        Read(json).Errors.ShouldContain(e => e.Path == "/patient/ecog" && e.Code == CaseErrorCodes.PropertyDuplicate);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("{\"id\": \"x\",}", "")]
    [InlineData("{\"id\": \"x\"} {}", "")]
    [InlineData("{'id': 'x'}", "")]
    public void Read_InvalidJson_ReportsJsonInvalidWithPosition(string json, string expectedPath)
    {
        CaseReadResult result = Read(json);

        InputError e = result.Errors.Single();
        e.Code.ShouldBe(CaseErrorCodes.JsonInvalid);
        e.Path.ShouldBe(expectedPath);
        e.Message.ShouldContain("line 1");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    public void Read_NotAnObject_ReportsCaseNotObject(string json)
    {
        Read(json).Errors.Single().Code.ShouldBe(CaseErrorCodes.CaseNotObject);
    }

    [Fact]
    public void Read_MinimalCase_IsValidAndEverythingElseUnknown()
    {
        CaseReadResult result = Read("""{"id":"only-id"}""");

        result.IsValid.ShouldBeTrue();
        result.Case!.Patient.ShouldBeNull();
        result.Case.Therapies.ShouldBeEmpty();
    }

    [Fact]
    public void Read_ExplicitNulls_AreReadAsUnknown()
    {
        CaseReadResult result = Read("""{"id":"x","patient":{"ecog":null,"sex":null},"relapse":null,"therapies":null}""");

        result.IsValid.ShouldBeTrue();
        result.Case!.Patient!.Ecog.ShouldBeNull();
        result.Case.Relapse.ShouldBeNull();
    }

    [Fact]
    public void Read_WithoutAsOf_DoesNotCheckFutureDates()
    {
        CaseJsonReader.Read(CaseMutations.With("/relapse/date", "\"2030-01-01\""), asOf: null).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Read_PropertyNameWithSlash_IsEscapedInThePath()
    {
        CaseReadResult result = Read(CaseMutations.With("/labs/a~b", "1").Replace("a~b", "a/b~c"));

        result.Errors.Single().Path.ShouldBe("/labs/a~1b~0c");
    }

    [Fact]
    public void Codes_AreUniqueAndKebabCase()
    {
        CaseErrorCodes.All.Distinct().Count().ShouldBe(CaseErrorCodes.All.Count);
        CaseErrorCodes.All.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z0-9]+(-[a-z0-9]+)*$"));
    }
}
