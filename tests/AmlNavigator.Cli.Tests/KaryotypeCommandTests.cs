using System.Text.Json;

namespace AmlNavigator.Cli.Tests;

/// <summary><c>amlnav karyotype</c> (CONTRACT §1, §5).</summary>
public sealed class KaryotypeCommandTests
{
    [Fact]
    public void Single_string_gives_the_contract_json()
    {
        (int code, string output, _) = CliHarness.RunArgs("karyotype", "46,XX,t(15;17)(q22:q21)[15]");
        code.ShouldBe(0);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        root.GetProperty("input").GetString().ShouldBe("46,XX,t(15;17)(q22:q21)[15]");
        root.GetProperty("valid").GetBoolean().ShouldBeTrue();
        root.GetProperty("repaired").GetBoolean().ShouldBeTrue();
        root.GetProperty("canonical").GetString().ShouldBe("46,XX,t(15;17)(q22;q21)[15]");
        root.GetProperty("abnormalityCount").GetInt32().ShouldBe(1);
        root.GetProperty("features").GetProperty("t_15_17").GetBoolean().ShouldBeTrue();
        root.GetProperty("features").GetProperty("complex").GetBoolean().ShouldBeFalse();
        JsonElement d = root.GetProperty("diagnostics")[0];
        d.GetProperty("code").GetString().ShouldBe("KAR021");
        d.GetProperty("severity").GetString().ShouldBe("warning");
        d.GetProperty("start").GetInt32().ShouldBe(18);
        d.GetProperty("length").GetInt32().ShouldBe(1);
        JsonElement clone = root.GetProperty("clones")[0];
        clone.GetProperty("cells").GetInt32().ShouldBe(15);
        clone.GetProperty("chromosomeCount").GetString().ShouldBe("46");
        clone.GetProperty("abnormalities")[0].GetString().ShouldBe("t(15;17)(q22;q21)");
    }

    [Fact]
    public void Strict_mode_turns_repairs_into_errors()
    {
        (int code, string output, _) = CliHarness.RunArgs("karyotype", "46,XX,t(15;17)(q22:q21)[15]", "--strict");
        code.ShouldBe(0);
        using JsonDocument doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        doc.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().ShouldBe("error");
    }

    [Fact]
    public void Unreadable_string_is_a_result_with_null_features()
    {
        (int code, string output, _) = CliHarness.RunArgs("karyotype", "N.D.");
        code.ShouldBe(0);
        using JsonDocument doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        doc.RootElement.GetProperty("features").GetProperty("normal").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("abnormalityCount").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Text_format_explains_what_was_read()
    {
        (int code, string output, _) = CliHarness.RunArgs("karyotype", "45,XY,-7,t(9;22)(q34;q11.2)[20]", "--format", "text");
        code.ShouldBe(0);
        output.ShouldContain("Canonical: 45,XY,-7,t(9;22)(q34;q11.2)[20]");
        output.ShouldContain("t_9_22: yes  (t(9;22)(q34;q11.2))");
        output.ShouldContain("minus7: yes");
        output.ShouldContain("complex: no");
    }

    [Fact]
    public void Batch_gives_one_line_per_input_line_in_order()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["46,XY[20]", "", "45,XX,-7[20]", "Fail"]);
            (int code, string output, _) = CliHarness.RunArgs("karyotype", "--batch", path, "--format", "ndjson");
            code.ShouldBe(0);
            string[] lines = output.TrimEnd('\n').Split('\n');
            lines.Length.ShouldBe(4);
            JsonDocument.Parse(lines[0]).RootElement.GetProperty("features").GetProperty("normal").GetBoolean().ShouldBeTrue();
            JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt32().ShouldBe(2);
            JsonDocument.Parse(lines[2]).RootElement.GetProperty("features").GetProperty("minus7").GetBoolean().ShouldBeTrue();
            JsonDocument.Parse(lines[3]).RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString().ShouldBe("KAR003");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_string_is_a_usage_error() => CliHarness.RunArgs("karyotype").ExitCode.ShouldBe(2);

    [Fact]
    public void Unknown_option_is_a_usage_error() => CliHarness.RunArgs("karyotype", "46,XY", "--lenient", "x").ExitCode.ShouldBe(2);
}
