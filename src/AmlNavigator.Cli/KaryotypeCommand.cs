using System.Text;

using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.Serialization;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav karyotype</c> (CONTRACT §1, §5): one string, or <c>--batch FILE</c> with one string per line.</summary>
/// <remarks><c>--strict</c> reports laboratory slips (spaces, <c>:</c> for <c>;</c>, a missing <c>)</c>…) as errors instead
/// of repairing them. A string that cannot be read is still a result (valid: false, with diagnostics), so the exit code
/// is 0; only unusable command lines or files give 2.</remarks>
internal static class KaryotypeCommand
{
    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--batch", "--out", "--strict");
        bool strict = line.Has("--strict");
        if (line.Option("--batch") is { } batchPath)
        {
            line.Choice("--format", "ndjson", "ndjson");
            if (line.Positionals.Count != 0)
            {
                throw new UsageException("karyotype --batch reads its strings from the file; remove the extra argument");
            }

            return BatchRunner.Run(batchPath, line.Option("--out"), console,
                (text, _) => BatchOutcome.Ok(AmlJson.SerializeLine(KaryotypeReader.Read(text, strict))));
        }

        string format = line.Choice("--format", "json", "json", "text");
        if (line.Positionals.Count != 1)
        {
            throw new UsageException("karyotype needs one ISCN string (quote it)");
        }

        KaryotypeResult result = KaryotypeReader.Read(line.Positionals[0], strict);
        CliIo.WriteOutput(format == "json" ? AmlJson.Serialize(result) : KaryotypeText.Render(result), line.Option("--out"), console);
        return ExitCodes.Ok;
    }
}

/// <summary>Human-readable karyotype result.</summary>
internal static class KaryotypeText
{
    public static string Render(KaryotypeResult r)
    {
        var sb = new StringBuilder();
        sb.Append("Karyotype: ").Append(r.Input).Append('\n');
        if (r.Canonical is { } canonical)
        {
            sb.Append("Canonical: ").Append(canonical).Append('\n');
        }

        sb.Append("Valid: ").Append(r.Valid ? "yes" : "no").Append(r.Repaired ? " (repaired)" : "").Append('\n');
        for (int i = 0; i < r.Clones.Length; i++)
        {
            CloneSummary c = r.Clones[i];
            sb.Append("Clone ").Append(i + 1).Append(c.Donor ? " (donor)" : "").Append(": ")
                .Append(c.ChromosomeCount ?? "?").Append(c.Sex is null ? "" : "," + c.Sex)
                .Append(c.Cells is { } n ? $" [{(c.Composite ? "cp" : "")}{n} cells]" : "").Append('\n');
            foreach (string a in c.Abnormalities)
            {
                sb.Append("  ").Append(a).Append('\n');
            }
        }

        if (r.Fish is { } fish)
        {
            sb.Append("FISH (not interpreted): ").Append(fish).Append('\n');
        }

        sb.Append("Abnormality count (ELN): ").Append(r.AbnormalityCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown").Append('\n');
        sb.Append("Features:").Append('\n');
        foreach ((string name, bool? value) in FeatureList(r.Features))
        {
            string because = string.Join("; ", r.Evidence.Where(e => e.Feature == name).Select(e => e.Abnormality));
            sb.Append("  ").Append(name).Append(": ").Append(value switch { true => "yes", false => "no", null => "unknown" })
                .Append(because.Length > 0 ? $"  ({because})" : "").Append('\n');
        }

        foreach (KaryotypeDiagnostic d in r.Diagnostics)
        {
            sb.Append(d.Severity).Append(' ').Append(d.Code).Append(" at ").Append(d.Start).Append(": ").Append(d.Message).Append('\n');
        }

        return sb.ToString();
    }

    private static IEnumerable<(string, bool?)> FeatureList(KaryotypeFeatures f) =>
    [
        ("t_8_21", f.T8And21), ("inv16_t16_16", f.Inv16OrT16And16), ("t_15_17", f.T15And17), ("t_9_11", f.T9And11),
        ("kmt2a_r", f.Kmt2aRearranged), ("t_6_9", f.T6And9), ("t_9_22", f.T9And22), ("t_8_16", f.T8And16),
        ("inv3_t3_3", f.Inv3OrT3And3), ("mecom_r", f.MecomRearranged), ("minus5_del5q", f.Minus5OrDel5q), ("minus7", f.Minus7),
        ("del7q", f.Del7q), ("minus17_abn17p", f.Minus17OrAbn17p), ("plus8", f.Plus8), ("minusY", f.MinusY),
        ("complex", f.Complex), ("monosomal", f.Monosomal), ("hyperdiploid_trisomies_only", f.HyperdiploidTrisomiesOnly),
        ("normal", f.Normal),
    ];
}
