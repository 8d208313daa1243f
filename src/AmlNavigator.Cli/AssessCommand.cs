using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Knowledge;
using AmlNavigator.Reports.Clinician;
using AmlNavigator.Reports.Text;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav assess</c> (CONTRACT §1).</summary>
internal static class AssessCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out", "--as-of", "--batch", "--trials", "--include-closed");
        DateOnly asOf = line.AsOf(console.EffectiveClock);
        // CONTRACT §6: --trials PATH (index folder or ClinicalTrials.gov records) adds trials[] to the assessment.
        IReadOnlyList<Domain.Trials.Trial>? trials = TrialsCommand.LoadForAssessment(line, console);
        bool includeClosed = line.Has("--include-closed");
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            if (line.Positionals.Count != 0)
            {
                throw new UsageException("assess --batch takes the NDJSON file after --batch, and no CASE.json");
            }

            return BatchRunner.RunUtf8(batchPath, line.Option("--out"), console, (json, _) =>
            {
                CaseReadResult read = CaseJsonReader.Read(json, asOf);
                return read.IsValid
                    ? BatchOutcome.Ok(AmlJson.SerializeLine(CaseAssessor.Assess(read.Case!, KnowledgeBaseLoader.Default, asOf, trials, includeClosed)))
                    : BatchOutcome.Invalid(read.Errors);
            });
        }

        string format = line.Choice("--format", "json", "json", "text", "html", "pdf");
        if (format == "pdf" && line.Option("--out") is null)
        {
            throw new UsageException("--format pdf needs --out FILE (a PDF is binary)");
        }

        if (line.Positionals.Count != 1)
        {
            throw new UsageException("assess needs one CASE.json (or - for standard input)");
        }

        string path = line.Positionals[0];
        CaseReadResult result = CaseJsonReader.Read(CliIo.ReadAllText(path, console), asOf);
        if (!result.IsValid)
        {
            return CaseErrors.Report(result.Errors, format == "json", console, line.Option("--out"));
        }

        CaseErrors.WriteWarnings(result.Warnings, console);
        CaseAssessment assessment = CaseAssessor.Assess(result.Case!, KnowledgeBaseLoader.Default, asOf, trials, includeClosed);
        if (format == "pdf")
        {
            // The clinician report as PDF (web engineer, #6).
            File.WriteAllBytes(line.Option("--out")!, ClinicianReport.RenderPdf(assessment, KnowledgeBaseLoader.Default, result.Case));
            return ExitCodes.Ok;
        }

        string text = format switch
        {
            "text" => AssessmentTextReport.Render(assessment),
            "html" => ClinicianReport.RenderHtml(assessment, KnowledgeBaseLoader.Default, result.Case),
            _ => AmlJson.Serialize(assessment),
        };
        CliIo.WriteOutput(text, line.Option("--out"), console);
        return ExitCodes.Ok;
    }
}
