using System.Text.Json;

namespace AmlNavigator.Cli.Tests;

public class AssessValidateCommandTests
{
    private const string AsOf = CliHarness.ApprovedAsOf;
    private const string Minimal = """{"id":"minimal","relapse":{"date":"2026-01-05"}}""";
    private const string Invalid = """{"id":"bad","patient":{"ecgo":1},"diagnosis":{"genetics":{"variants":[{"gene":"FLT3","vaf":42}]}}}""";

    [Fact]
    public void Assess_StandardInput_WritesAssessmentJson()
    {
        var (code, output, error) = CliHarness.RunWithInput(Minimal, "assess", "-", "--as-of", AsOf);

        code.ShouldBe(0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("caseId").GetString().ShouldBe("minimal");
        doc.RootElement.GetProperty("asOf").GetString().ShouldBe(AsOf);
        doc.RootElement.GetProperty("diseaseStatus").GetProperty("category").GetString().ShouldBe("first-relapse");
    }

    [Fact]
    public void Assess_InvalidCase_Exit2_ErrorsOnStandardErrorAndAsJson()
    {
        var (code, output, error) = CliHarness.RunWithInput(Invalid, "assess", "-", "--as-of", AsOf);

        code.ShouldBe(2);
        error.ShouldContain("/patient/ecgo: Unknown property 'ecgo'");
        error.ShouldContain("/diagnosis/genetics/variants/0/vaf: ");
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement[] errors = [.. doc.RootElement.GetProperty("errors").EnumerateArray()];
        errors.Select(e => e.GetProperty("code").GetString()).ShouldBe(["property-unknown", "vaf-looks-like-percent"]);
        errors[1].GetProperty("path").GetString().ShouldBe("/diagnosis/genetics/variants/0/vaf");
    }

    [Fact]
    public void Assess_InvalidCase_TextFormat_NoErrorDocumentOnStandardOutput()
    {
        var (code, output, error) = CliHarness.RunWithInput(Invalid, "assess", "-", "--as-of", AsOf, "--format", "text");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("[vaf-looks-like-percent]");
    }

    [Fact]
    public void Assess_NotJson_Exit2WithPosition()
    {
        var (code, _, error) = CliHarness.RunWithInput("{\"id\": ", "assess", "-", "--as-of", AsOf);

        code.ShouldBe(2);
        error.ShouldContain("line 1");
        error.ShouldContain("[json-invalid]");
    }

    [Fact]
    public void Assess_MissingFile_Exit2()
    {
        var (code, _, error) = CliHarness.RunArgs("assess", "/nonexistent/case.json", "--as-of", AsOf);

        code.ShouldBe(2);
        error.ShouldStartWith("amlnav: ");
    }

    [Fact]
    public void Assess_NotUtf8File_Exit2()
    {
        string path = Path.Combine(Path.GetTempPath(), $"amlnav-latin1-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, [.. "{\"id\":\"caf"u8, 0xE9, .. "\"}"u8]);
        try
        {
            var (code, _, error) = CliHarness.RunArgs("assess", path, "--as-of", AsOf);

            code.ShouldBe(2);
            error.ShouldContain("UTF-8");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assess_Out_WritesFileAndNothingToStandardOutput()
    {
        using TempFile output = CliHarness.TempFile("");

        var (code, stdout, _) = CliHarness.RunWithInput(Minimal, "assess", "-", "--as-of", AsOf, "--out", output.Path);

        code.ShouldBe(0);
        stdout.ShouldBeEmpty();
        File.ReadAllText(output.Path).ShouldContain("\"caseId\": \"minimal\"");
    }

    [Fact]
    public void Assess_ReaderWarnings_AppearInAssessmentWarnings()
    {
        const string withAlias = """{"id":"alias","diagnosis":{"genetics":{"fusions":["MLL::AF9"]}}}""";

        var (code, output, error) = CliHarness.RunWithInput(withAlias, "assess", "-", "--as-of", AsOf);

        code.ShouldBe(0);
        error.ShouldContain("warning: 'MLL' is a previous symbol");
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement[] warnings = [.. doc.RootElement.GetProperty("warnings").EnumerateArray()];
        warnings.ShouldContain(w => w.GetProperty("code").GetString() == "gene-alias" && w.GetProperty("path").GetString() == "/diagnosis/genetics/fusions/0");
    }

    [Fact]
    public void Assess_NonAsciiText_IsWrittenReadably()
    {
        var (_, output, _) = CliHarness.RunWithInput("""{"id":"café-ß","relapse":{"date":"2026-01-05"}}""", "assess", "-", "--as-of", AsOf);

        output.ShouldContain("\"caseId\": \"café-ß\"");
        output.ShouldNotContain("\\u00");
    }

    [Fact]
    public void Assess_WithoutAsOf_UsesTodayFromTheClock()
    {
        var (code, output, _) = CliHarness.RunOn(new DateOnly(2025, 12, 31), Minimal, "assess", "-");

        code.ShouldBe(2); // the relapse (2026-01-05) lies after "today"
        output.ShouldContain("date-after-as-of");
    }

    [Theory]
    [InlineData("assess", "-", "--as-of", "28/11/2026")]
    [InlineData("assess", "-", "--format", "yaml")]
    [InlineData("assess", "-", "--colour", "red")]
    [InlineData("assess")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("assess", "--batch", "x.ndjson", "--format", "json")]
    [InlineData("assess", "x.json", "--batch", "y.ndjson")]
    public void BadUsage_Exit2(params string[] args)
    {
        var (code, _, error) = CliHarness.RunWithInput(Minimal, args);

        code.ShouldBe(2);
        error.ShouldContain("amlnav: ");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("assess", "--help")]
    public void Help_Exit0(params string[] args)
    {
        var (code, output, _) = CliHarness.RunArgs(args);

        code.ShouldBe(0);
        output.ShouldContain("Usage:");
    }

    [Fact]
    public void Validate_Valid_Exit0Text()
    {
        var (code, output, _) = CliHarness.RunWithInput(Minimal, "validate", "-", "--as-of", AsOf);

        code.ShouldBe(0);
        output.ShouldBe("minimal: valid\n");
    }

    [Fact]
    public void Validate_Valid_Json()
    {
        var (code, output, _) = CliHarness.RunWithInput(Minimal, "validate", "-", "--as-of", AsOf, "--format", "json");

        code.ShouldBe(0);
        output.ShouldBe("{\"id\":\"minimal\",\"valid\":true,\"warnings\":[]}\n");
    }

    [Fact]
    public void Validate_Invalid_Exit2()
    {
        var (code, output, error) = CliHarness.RunWithInput(Invalid, "validate", "-", "--as-of", AsOf);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public void ValidateBatch_BadLine_ReportedWithLineNumber_RunGoesOn_Exit0()
    {
        string ndjson = string.Join("\n", Minimal, Invalid, "", "not json", Minimal.Replace("minimal", "last")) + "\n";

        var (code, output, _) = CliHarness.RunWithInput(ndjson, "validate", "--batch", "-", "--as-of", AsOf);

        code.ShouldBe(0);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(5);
        lines[0].ShouldBe("{\"line\":1,\"id\":\"minimal\",\"valid\":true,\"warnings\":[]}");
        lines[1].ShouldStartWith("{\"line\":2,\"errors\":[{\"path\":\"/patient/ecgo\",\"code\":\"property-unknown\"");
        lines[2].ShouldStartWith("{\"line\":3,\"errors\":[{\"path\":\"\",\"code\":\"line-empty\"");
        lines[3].ShouldStartWith("{\"line\":4,\"errors\":[{\"path\":\"\",\"code\":\"json-invalid\"");
        lines[4].ShouldContain("\"id\":\"last\"");
    }

    [Fact]
    public void AssessBatch_OneResultPerLine_SameOrder_BadLineIsErrorObject()
    {
        string ndjson = string.Join("\n", Minimal, Invalid, Minimal.Replace("minimal", "third"));
        using TempFile input = CliHarness.TempFile(ndjson, ".ndjson");
        using TempFile output = CliHarness.TempFile("", ".ndjson");

        var (code, stdout, _) = CliHarness.RunArgs("assess", "--batch", input.Path, "--format", "ndjson", "--as-of", AsOf, "--out", output.Path);

        code.ShouldBe(0);
        stdout.ShouldBeEmpty();
        string[] lines = File.ReadAllLines(output.Path);
        lines.Length.ShouldBe(3);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("caseId").GetString().ShouldBe("minimal");
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt64().ShouldBe(2);
        JsonDocument.Parse(lines[2]).RootElement.GetProperty("caseId").GetString().ShouldBe("third");
    }

    [Fact]
    public void Batch_MissingFile_Exit2()
    {
        CliHarness.RunArgs("validate", "--batch", "/nonexistent/cases.ndjson").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Batch_NotUtf8Line_IsReportedAndTheRunGoesOn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"amlnav-latin1-{Guid.NewGuid():N}.ndjson");
        File.WriteAllBytes(path, [.. "\uFEFF{\"id\":\"ok\"}\r\n{\"id\":\"caf"u8, 0xE9, .. "\"}\n{\"id\":\"last\"}"u8]);
        try
        {
            var (code, output, _) = CliHarness.RunArgs("validate", "--batch", path, "--as-of", AsOf);

            code.ShouldBe(0);
            string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(3);
            lines[0].ShouldContain("\"id\":\"ok\"");
            lines[1].ShouldStartWith("{\"line\":2,\"errors\":[{\"path\":\"\",\"code\":\"encoding-invalid\"");
            lines[2].ShouldContain("\"id\":\"last\"");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public class CliHarnessTests
{
    [Fact]
    public void RunArgs_PassesEveryStringAsAnArgument()
    {
        var (code, _, error) = CliHarness.RunArgs("frobnicate");

        code.ShouldBe(2);
        error.ShouldContain("unknown command 'frobnicate'");
    }
}
