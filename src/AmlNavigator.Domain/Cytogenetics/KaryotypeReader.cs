using System.Collections.Immutable;

using AmlNavigator.Domain.Diagnostics;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>Entry point used by the assessment and the CLI: ISCN text in, <see cref="KaryotypeResult"/> out.</summary>
/// <remarks>Never throws on data: every problem is a coded, located diagnostic (<see cref="IscnCodes"/>).</remarks>
public static class KaryotypeReader
{
    /// <summary>Reads one ISCN string. <paramref name="strict"/> reports laboratory slips as errors instead of repairing
    /// them.</summary>
    public static KaryotypeResult Read(string iscn, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(iscn);
        try
        {
            return ReadChecked(iscn, strict);
        }
#pragma warning disable CA1031 // Last line of defence for "never throws on data"; the fuzz tests assert KAR099 never occurs.
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
#pragma warning restore CA1031
        {
            return new KaryotypeResult
            {
                Input = iscn,
                Valid = false,
                Diagnostics = [new KaryotypeDiagnostic(IscnCodes.InternalError, "error",
                    $"The karyotype reader failed on this text ({ex.GetType().Name}); please report it. Nothing was concluded.", 0, iscn.Length)],
            };
        }
    }

    private static KaryotypeResult ReadChecked(string iscn, bool strict)
    {
        IscnParse parse = IscnParser.Parse(iscn, strict);
        Karyotype karyotype = parse.Karyotype;

        // Clone-level losses (a clone that could not be read, a dangling idem) mean absence cannot be concluded;
        // item-level problems are handled inside the feature rules (unreadable items are visible in the model).
        bool fullyRead = !parse.Diagnostics.Any(d => d.Severity == Severity.Error &&
            d.Code is IscnCodes.ExpectedCount or IscnCodes.DanglingReference or IscnCodes.Empty);
        KaryotypeFeatureRules.Derivation derivation = KaryotypeFeatureRules.Derive(karyotype, fullyRead);

        var diagnostics = ImmutableArray.CreateBuilder<KaryotypeDiagnostic>(parse.Diagnostics.Length);
        foreach (Diagnostic d in parse.Diagnostics)
        {
            diagnostics.Add(new KaryotypeDiagnostic(d.Code, d.Severity == Severity.Error ? "error" : "warning", d.Message, d.Span.Start, d.Span.Length));
        }

        var clones = ImmutableArray.CreateBuilder<CloneSummary>(karyotype.Clones.Length);
        foreach (KaryotypeClone clone in karyotype.Clones)
        {
            var abnormalities = ImmutableArray.CreateBuilder<string>(clone.Abnormalities.Length);
            foreach (Abnormality a in clone.Abnormalities)
            {
                abnormalities.Add(KaryotypeFormatter.Format(a));
            }

            clones.Add(new CloneSummary(clone.Cells, clone.Count?.Text, abnormalities.MoveToImmutable(), clone.Sex, clone.Composite, clone.Donor));
        }

        return new KaryotypeResult
        {
            Input = iscn,
            Valid = parse.Valid,
            Canonical = karyotype.Clones.IsEmpty && karyotype.Fish is null ? null : KaryotypeFormatter.Format(karyotype),
            Repaired = parse.Repaired,
            Fish = karyotype.Fish,
            Diagnostics = diagnostics.MoveToImmutable(),
            Clones = clones.MoveToImmutable(),
            AbnormalityCount = derivation.AbnormalityCount,
            Features = derivation.Features,
            Evidence = derivation.Evidence,
            Remarks = karyotype.Remarks,
            Karyotype = karyotype,
        };
    }
}
