using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.Serialization;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav karyotype</c> (CONTRACT §1, §5).</summary>
internal static class KaryotypeCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--batch", "--out");
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            return BatchRunner.Run(batchPath, line.Option("--out"), console,
                (text, _) => BatchOutcome.Ok(AmlJson.SerializeLine(KaryotypeReader.Read(text))));
        }

        string format = line.Choice("--format", "json", "json", "text");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("karyotype needs one ISCN string (quote it)");
        }

        KaryotypeResult result = KaryotypeReader.Read(line.Positionals[0]);
        CliIo.WriteOutput(format == "json" ? AmlJson.Serialize(result) : KaryotypeText.Render(result), line.Option("--out"), console);
        return ExitCodes.Ok;
    }
}

/// <summary>Human-readable karyotype result.</summary>
internal static class KaryotypeText
{
    public static string Render(KaryotypeResult r)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("Karyotype: ").Append(r.Input).Append('\n');
        sb.Append("Valid: ").Append(r.Valid ? "yes" : "no").Append('\n');
        foreach (KaryotypeDiagnostic d in r.Diagnostics)
        {
            sb.Append("  ").Append(d.Severity).Append(' ').Append(d.Code).Append(" at ").Append(d.Start).Append(": ").Append(d.Message).Append('\n');
        }

        return sb.ToString();
    }
}
