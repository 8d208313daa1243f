using System.Globalization;
using System.Text;

using AmlNavigator.Domain.Cytogenetics;

using Xunit.Abstractions;

namespace AmlNavigator.Domain.Tests.Cytogenetics;

/// <summary>Every shared real-world string yields a result without an exception; valid ones round-trip.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_corpus_string_yields_a_result_and_valid_ones_round_trip()
    {
        if (!KaryotypeCorpus.Available)
        {
            output.WriteLine(KaryotypeCorpus.MissingMessage);
            return;
        }

        IReadOnlyList<KaryotypeCorpus.Entry> all = KaryotypeCorpus.All();
        all.Count.ShouldBeGreaterThan(11_000);
        Dictionary<string, (int Valid, int Repaired, int Rejected)> bySource = [];
        Dictionary<string, int> rejectCodes = [];
        List<string> roundTripFailures = [];
        foreach (KaryotypeCorpus.Entry e in all)
        {
            KaryotypeResult r = KaryotypeReader.Read(e.Text);
            r.Diagnostics.ShouldNotContain(d => d.Code == IscnCodes.InternalError, e.Text);
            (int v, int rep, int rej) = bySource.GetValueOrDefault(e.Source);
            if (!r.Valid)
            {
                rej++;
                foreach (string code in r.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Code).Distinct())
                {
                    rejectCodes[code] = rejectCodes.GetValueOrDefault(code) + 1;
                }
            }
            else if (r.Repaired)
            {
                rep++;
            }
            else
            {
                v++;
            }

            bySource[e.Source] = (v, rep, rej);
            if (r.Valid && r.Canonical is { } canonical)
            {
                KaryotypeResult again = KaryotypeReader.Read(canonical, strict: true);
                if (!again.Valid || again.Canonical != canonical || ModelText.Describe(again.Karyotype!) != ModelText.Describe(r.Karyotype!))
                {
                    roundTripFailures.Add($"{e.Source} {e.Id}: {e.Text} -> {canonical} -> {again.Canonical} {string.Join("; ", again.Diagnostics.Select(d => d.Code + " " + d.Message))}");
                }
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{all.Count} strings");
        foreach ((string source, (int v, int rep, int rej)) in bySource.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{source}: {v + rep + rej} strings, {v} valid, {rep} repaired, {rej} rejected");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"total: {bySource.Values.Sum(x => x.Valid)} valid, {bySource.Values.Sum(x => x.Repaired)} repaired, {bySource.Values.Sum(x => x.Rejected)} rejected");
        foreach ((string code, int n) in rejectCodes.OrderByDescending(x => x.Value))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  rejected with {code}: {n}");
        }

        output.WriteLine(sb.ToString());
        if (Environment.GetEnvironmentVariable("AMLNAV_CORPUS_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, sb.ToString());
        }

        roundTripFailures.ShouldBeEmpty(string.Join("\n", roundTripFailures.Take(20)));
    }
}

/// <summary>A full textual dump of the model without source positions, for round-trip equality.</summary>
internal static class ModelText
{
    public static string Describe(Karyotype k)
    {
        var sb = new StringBuilder();
        foreach (KaryotypeClone c in k.Clones)
        {
            sb.Append('{').Append(c.Count?.Text).Append('|').Append(c.Count?.Min).Append('|').Append(c.Count?.Max).Append('|')
                .Append(c.Sex).Append('|').Append(c.Reference).Append(c.ReferenceNumber).Append(c.ReferenceMultiplier).Append('|')
                .Append(c.Cells).Append(c.Composite).Append(c.Incomplete).Append(c.Donor).Append('|');
            foreach (Abnormality a in c.Abnormalities)
            {
                Describe(sb, a);
            }

            sb.Append('}');
        }

        return sb.Append(k.Fish).ToString();
    }

    private static void Describe(StringBuilder sb, Abnormality a)
    {
        sb.Append('<').Append(a.Kind).Append(',').Append(a.Symbol).Append(',').Append(a.Sign).Append(',').Append(a.Uncertain).Append(',')
            .Append(string.Join(";", a.Chromosomes)).Append(',').Append(string.Join(";", a.Breakpoints)).Append(',').Append(a.ArmForm)
            .Append(',').Append(a.Detailed).Append(',').Append(a.Count).Append(',').Append(a.Index).Append(',').Append(a.Multiplier)
            .Append(',').Append(a.Constitutional).Append(',').Append(a.Text);
        foreach (Abnormality c in a.Components)
        {
            Describe(sb, c);
        }

        sb.Append('>');
    }
}
