using System.Text.Json;

using AmlNavigator.ClinicalTrialsGov;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Trials;
using AmlNavigator.Reports.Text;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav trials import|match</c> (CONTRACT §1, §6).</summary>
internal static class TrialsCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        if (line.Positionals.Count == 0)
        {
            throw new UsageException("trials needs a subcommand: import PATH [--index DIR] | match CASE.json --trials PATH");
        }

        return line.Positionals[0] switch
        {
            "import" => Import(line, console),
            "match" => Match(line, console),
            _ => throw new UsageException($"unknown trials subcommand '{line.Positionals[0]}' (import or match)"),
        };
    }

    private static int Import(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--index");
        if (line.Positionals.Count != 2)
        {
            throw new UsageException("trials import needs one PATH (a study JSON, a saved API page, NDJSON or a folder)");
        }

        string source = line.Positionals[1];
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            console.Error.WriteLine($"{source}: no such file or folder");
            return ExitCodes.BadInput;
        }

        string index = TrialIndex.Resolve(line.Option("--index"));
        ImportReport report = TrialIndex.Import(source, index);
        foreach (CtGovDiagnostic d in report.Diagnostics)
        {
            console.Error.WriteLine(d.ToString());
        }

        console.Out.WriteLine(
            $"imported {report.Read} trial(s) into {index}: {report.Added} new, {report.Updated} updated, " +
            $"{report.Rejected} record(s) rejected; the index holds {report.Total} trial(s)");
        return ExitCodes.Ok;
    }

    private static int Match(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--trials", "--include-closed", "--as-of", "--format", "--out", "--index");
        if (line.Positionals.Count != 2)
        {
            throw new UsageException("trials match needs one CASE.json (or - for standard input)");
        }

        string format = line.Choice("--format", "json", "json", "text");
        DateOnly asOf = line.AsOf(TimeProvider.System);
        string trialsPath = line.Option("--trials") ?? TrialIndex.Resolve(line.Option("--index"));
        LoadedTrials? loaded = LoadTrials(trialsPath, console);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        CaseReadResult read = CaseJsonReader.Read(CliIo.ReadAllText(line.Positionals[1], console), asOf);
        if (!read.IsValid)
        {
            return CaseErrors.Report(read.Errors, format == "json", console);
        }

        CaseErrors.WriteWarnings(read.Warnings, console);
        PatientCase patientCase = read.Case!;
        AssessmentLog log = new();
        CaseGenetics genetics = CaseGenetics.From(patientCase, log);
        DiseaseStatusAssessment status = DiseaseStatusEvaluator.Evaluate(patientCase, asOf, log);
        bool includeClosed = line.Has("--include-closed");
        var matches = TrialMatcher.Match(patientCase, genetics, status, loaded.Trials, asOf, includeClosed, log);
        TrialMatchResult result = new()
        {
            CaseId = patientCase.Id,
            AsOf = asOf,
            TrialsConsidered = matches.Length,
            TrialsClosed = loaded.Trials.Length - matches.Length,
            Trials = matches,
        };
        string text = format == "text"
            ? AssessmentTextReport.RenderTrialMatches(result)
            : JsonSerializer.Serialize(result, TrialOutputJson.Indented) + "\n";
        CliIo.WriteOutput(text, line.Option("--out"), console);
        return ExitCodes.Ok;
    }

    /// <summary>The trials for <c>assess --trials PATH</c>, or null when the option is absent.</summary>
    internal static IReadOnlyList<Trial>? LoadForAssessment(CommandLine line, CliConsole console)
    {
        if (line.Option("--trials") is not { } path)
        {
            return null;
        }

        return LoadTrials(path, console)?.Trials ?? throw new UsageException($"--trials: cannot read trials from {path}");
    }

    private static LoadedTrials? LoadTrials(string path, CliConsole console)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            console.Error.WriteLine($"{path}: no trial records or index here (run 'amlnav trials import PATH' or pass --trials)");
            return null;
        }

        LoadedTrials loaded = TrialIndex.Load(path);
        foreach (CtGovDiagnostic d in loaded.Diagnostics)
        {
            console.Error.WriteLine(d.ToString());
        }

        return loaded;
    }
}

/// <summary>Indented options over the trials JSON context (same naming rules as the assessment).</summary>
internal static class TrialOutputJson
{
    public static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrialMatchResult> Indented =
        new TrialIndexJsonContext(new JsonSerializerOptions(TrialIndexJsonContext.Default.Options) { WriteIndented = true }).TrialMatchResult;
}
