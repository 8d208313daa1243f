namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>Entry point used by the assessment and the CLI: ISCN text in, <see cref="KaryotypeResult"/> out.</summary>
/// <remarks>Never throws on data. (Placeholder until the ISCN parser lands: every feature is unknown.)</remarks>
public static class KaryotypeReader
{
    public static KaryotypeResult Read(string iscn)
    {
        ArgumentNullException.ThrowIfNull(iscn);
        return new KaryotypeResult
        {
            Input = iscn,
            Valid = false,
            Diagnostics = [new KaryotypeDiagnostic("KAR000", "warning", "Karyotype parsing is not implemented yet.", 0, iscn.Length)],
        };
    }
}
