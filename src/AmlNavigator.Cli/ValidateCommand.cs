using System.Text.Json;

using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav validate</c> (CONTRACT §1): check case files only, with the same error objects as assess.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out", "--as-of", "--batch");
        DateOnly asOf = line.AsOf(console.EffectiveClock);
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            if (line.Positionals.Count != 0)
            {
                throw new UsageException("validate --batch takes the NDJSON file after --batch, and no CASE.json");
            }

            return BatchRunner.RunUtf8(batchPath, line.Option("--out"), console, (json, number) =>
            {
                CaseReadResult read = CaseJsonReader.Read(json, asOf);
                return read.IsValid
                    ? BatchOutcome.Ok(JsonSerializer.Serialize(new ValidationLine(number, read.Case!.Id, true, read.Warnings), CliJson.Readable.ValidationLine))
                    : BatchOutcome.Invalid(read.Errors);
            });
        }

        string format = line.Choice("--format", "text", "text", "json");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("validate needs one CASE.json (or - for standard input)");
        }

        string? outPath = line.Option("--out");
        CaseReadResult result = CaseJsonReader.Read(CliIo.ReadAllText(line.Positionals[0], console), asOf);
        if (!result.IsValid)
        {
            return CaseErrors.Report(result.Errors, format == "json", console, outPath);
        }

        CaseErrors.WriteWarnings(result.Warnings, console);
        string output = format == "json"
            ? JsonSerializer.Serialize(new ValidationLine(null, result.Case!.Id, true, result.Warnings), CliJson.Readable.ValidationLine) + "\n"
            : $"{result.Case!.Id}: valid{(result.Warnings.IsEmpty ? "" : $" ({result.Warnings.Length} warning{(result.Warnings.Length == 1 ? "" : "s")} on standard error)")}\n";
        CliIo.WriteOutput(output, outPath, console);
        return ExitCodes.Ok;
    }
}
