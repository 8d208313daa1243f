using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Knowledge;
using AmlNavigator.Reports.Text;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav assess</c> (CONTRACT §1).</summary>
internal static class AssessCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out", "--as-of", "--batch", "--trials", "--include-closed");
        DateOnly asOf = line.AsOf(TimeProvider.System);
        // CONTRACT §6: --trials PATH (index folder or ClinicalTrials.gov records) adds trials[] to the assessment.
        IReadOnlyList<Domain.Trials.Trial>? trials = TrialsCommand.LoadForAssessment(line, console);
        bool includeClosed = line.Has("--include-closed");
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            return BatchRunner.Run(batchPath, line.Option("--out"), console, (json, _) =>
            {
                CaseReadResult read = CaseJsonReader.Read(json, asOf);
                return read.IsValid
                    ? BatchOutcome.Ok(AmlJson.SerializeLine(CaseAssessor.Assess(read.Case!, KnowledgeBaseLoader.Default, asOf, trials, includeClosed)))
                    : BatchOutcome.Invalid(read.Errors);
            });
        }

        string format = line.Choice("--format", "json", "json", "text", "html");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("assess needs one CASE.json (or - for standard input)");
        }

        string path = line.Positionals[0];
        CaseReadResult result = CaseJsonReader.Read(CliIo.ReadAllText(path, console), asOf);
        if (!result.IsValid)
        {
            return CaseErrors.Report(result.Errors, format == "json", console);
        }

        CaseErrors.WriteWarnings(result.Warnings, console);
        CaseAssessment assessment = CaseAssessor.Assess(result.Case!, KnowledgeBaseLoader.Default, asOf, trials, includeClosed);
        string text = format switch
        {
            "text" => AssessmentTextReport.Render(assessment),
            _ => AmlJson.Serialize(assessment),
        };
        CliIo.WriteOutput(text, line.Option("--out"), console);
        return ExitCodes.Ok;
    }
}
