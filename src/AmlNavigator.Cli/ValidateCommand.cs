using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav validate</c> (CONTRACT §1): check case files only.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out", "--as-of", "--batch");
        DateOnly asOf = line.AsOf(TimeProvider.System);
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            return BatchRunner.Run(batchPath, line.Option("--out"), console, (json, _) =>
            {
                CaseReadResult read = CaseJsonReader.Read(json, asOf);
                return read.IsValid
                    ? BatchOutcome.Ok($"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(read.Case!.Id, CliJson.Default.String)},\"valid\":true}}")
                    : BatchOutcome.Invalid(read.Errors);
            });
        }

        string format = line.Choice("--format", "text", "text", "json");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("validate needs one CASE.json (or - for standard input)");
        }

        CaseReadResult result = CaseJsonReader.Read(CliIo.ReadAllText(line.Positionals[0], console), asOf);
        if (!result.IsValid)
        {
            return CaseErrors.Report(result.Errors, format == "json", console);
        }

        CaseErrors.WriteWarnings(result.Warnings, console);
        console.Out.WriteLine(format == "json" ? "{\"valid\":true}" : $"{result.Case!.Id}: valid");
        return ExitCodes.Ok;
    }
}
