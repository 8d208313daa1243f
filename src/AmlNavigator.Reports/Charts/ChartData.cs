using System.Collections.Immutable;
using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Reports.Charts;

/// <summary>Data for a picture in a report; rendered as SVG (HTML) or drawn directly (PDF).</summary>
public abstract record ChartData
{
    private ChartData()
    {
    }

    /// <summary>The course of the disease: therapy bars and dated events on one time axis.</summary>
    public sealed record Timeline(string Title, DateOnly From, DateOnly To, ImmutableArray<TimelineSpan> Spans, ImmutableArray<TimelineEvent> Events) : ChartData;

    /// <summary>Variant allele fractions at diagnosis versus relapse, gene by gene.</summary>
    public sealed record VafComparison(string Title, ImmutableArray<VafRow> Rows) : ChartData;
}

/// <summary>A therapy from start to end (end unknown: drawn to its start plus a short stub and labelled so).</summary>
public sealed record TimelineSpan(string Label, DateOnly Start, DateOnly? End, string Kind);

/// <summary>A dated event: diagnosis, response, transplant, relapse, assessment date.</summary>
public sealed record TimelineEvent(string Label, DateOnly Date, string Kind);

/// <summary>One variant at both time points.</summary>
public sealed record VafRow(string Label, VafPoint Diagnosis, VafPoint Relapse, string? Note);

/// <summary>A variant at one time point: reported (with or without a VAF), not detected (gene tested), or unknown
/// (gene not tested: never drawn as zero).</summary>
public sealed record VafPoint(VafState State, double? Vaf)
{
    public string Describe() => State switch
    {
        VafState.Reported => Vaf is { } v ? v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "present, VAF not given",
        VafState.NotDetected => "not detected",
        _ => "not tested (unknown)",
    };
}

public enum VafState
{
    Reported,
    NotDetected,
    NotTested,
}

/// <summary>Builds chart data from a case (dates and genetics as entered; nothing is inferred).</summary>
public static class CaseCharts
{
    public static ChartData.Timeline? Timeline(PatientCase patientCase, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        List<TimelineSpan> spans = [];
        List<TimelineEvent> events = [];
        if (patientCase.Diagnosis?.Date is { } dx)
        {
            events.Add(new TimelineEvent("Diagnosis", dx, "diagnosis"));
        }

        foreach (TherapyLine t in patientCase.Therapies)
        {
            if (t.Start is { } start)
            {
                spans.Add(new TimelineSpan(t.Regimen ?? string.Join(" + ", t.Agents), start, t.End, "therapy"));
            }

            if (t.Response is { Best: { } best, Date: { } responseDate })
            {
                events.Add(new TimelineEvent(ResponseLabel(best), responseDate, "response"));
            }
        }

        foreach (Transplant tx in patientCase.Transplants)
        {
            if (tx.Date is { } d)
            {
                events.Add(new TimelineEvent(tx.Type == TransplantType.Autologous ? "Autologous transplant" : "Allogeneic transplant", d, "transplant"));
            }
        }

        if (patientCase.Relapse?.Date is { } relapse)
        {
            events.Add(new TimelineEvent(patientCase.Relapse.Number is > 1 ? $"Relapse {patientCase.Relapse.Number}" : "Relapse", relapse, "relapse"));
        }

        if (spans.Count == 0 && events.Count == 0)
        {
            return null;
        }

        events.Add(new TimelineEvent("Assessment date", asOf, "as-of"));
        DateOnly from = spans.Select(s => s.Start).Concat(events.Select(e => e.Date)).Min();
        DateOnly to = spans.Select(s => s.End ?? s.Start).Concat(events.Select(e => e.Date)).Max();
        return new ChartData.Timeline("Course of the disease", from, to, [.. spans.OrderBy(s => s.Start)], [.. events.OrderBy(e => e.Date)]);
    }

    public static ChartData.VafComparison? Vaf(PatientCase patientCase)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        GeneticsFindings? dx = patientCase.Diagnosis?.Genetics;
        GeneticsFindings? rel = patientCase.Relapse?.Genetics;
        if (dx is null && rel is null)
        {
            return null;
        }

        List<(string Key, GeneVariant Variant)> all = [];
        foreach (GeneVariant v in dx?.Variants ?? [])
        {
            all.Add((Key(v), v));
        }

        foreach (GeneVariant v in rel?.Variants ?? [])
        {
            all.Add((Key(v), v));
        }

        List<VafRow> rows = [];
        foreach (string key in all.Select(a => a.Key).Distinct(StringComparer.Ordinal))
        {
            GeneVariant any = all.First(a => a.Key == key).Variant;
            GeneVariant? atDx = dx?.Variants.FirstOrDefault(v => Key(v) == key);
            GeneVariant? atRel = rel?.Variants.FirstOrDefault(v => Key(v) == key);
            string? note = atDx?.AllelicRatio is not null || atRel?.AllelicRatio is not null
                ? $"allelic ratio {Ratio(atDx?.AllelicRatio)} → {Ratio(atRel?.AllelicRatio)}"
                : null;
            rows.Add(new VafRow(key, Point(atDx, dx, any.Gene), Point(atRel, rel, any.Gene), note));
        }

        return rows.Count == 0 ? null : new ChartData.VafComparison("Variant allele fraction: diagnosis → relapse", [.. rows]);
    }

    private static string Key(GeneVariant v)
    {
        string detail = v.Type is VariantType.Itd ? "ITD" : v.Type is VariantType.Tkd ? "TKD" : v.Type is VariantType.Ptd ? "PTD" : v.Notation ?? "";
        return detail.Length == 0 ? v.Gene : $"{v.Gene} {detail}";
    }

    private static VafPoint Point(GeneVariant? found, GeneticsFindings? findings, string gene) =>
        found is not null ? new VafPoint(VafState.Reported, found.Vaf)
        : Tested(findings, gene) ? new VafPoint(VafState.NotDetected, null)
        : new VafPoint(VafState.NotTested, null);

    private static bool Tested(GeneticsFindings? g, string gene) =>
        g is not null && g.TestedGenes.Contains(gene, StringComparer.OrdinalIgnoreCase);

    private static string Ratio(double? r) => r is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "?";

    private static string ResponseLabel(ResponseCategory c) => c switch
    {
        ResponseCategory.NotEvaluable => "Response not evaluable",
        _ => c.ToString(),
    };
}
