using System.Collections.Frozen;

namespace AmlNavigator.Domain.Genetics;

/// <summary>How a written gene symbol relates to the HGNC symbol table.</summary>
public enum GeneSymbolKind
{
    /// <summary>An approved HGNC symbol, written exactly.</summary>
    Approved,

    /// <summary>An approved symbol written in another letter case (<c>npm1</c>).</summary>
    WrongCase,

    /// <summary>A previous symbol or alias (<c>MLL</c>, <c>EVI1</c>) of an approved symbol.</summary>
    Alias,

    /// <summary>Not in the table (it may still be a valid HGNC symbol outside myeloid panels).</summary>
    Unknown,
}

/// <summary>The result of looking up a written symbol: its kind and the approved symbol to use.</summary>
/// <param name="Kind">How the written symbol relates to the table.</param>
/// <param name="Symbol">The approved HGNC symbol (the written text, trimmed, when <see cref="GeneSymbolKind.Unknown"/>).</param>
public readonly record struct GeneSymbolMatch(GeneSymbolKind Kind, string Symbol);

/// <summary>
/// HGNC-approved symbols of genes reported by myeloid NGS panels and AML fusion assays, with the previous symbols and
/// aliases laboratories still print (MLL → KMT2A, EVI1 → MECOM...).
/// </summary>
/// <remarks>
/// Sources: HGNC (genenames.org) approved and previous symbols; gene lists of the ELN 2022 genetic-risk table and common
/// myeloid panels (e.g. TruSight Myeloid, Oncomine Myeloid, FoundationOne Heme myeloid genes). The table is deliberately
/// limited to myeloid genes: a symbol outside it is reported as a warning and kept, never dropped.
/// </remarks>
public static class GeneSymbols
{
    private static readonly string[] ApprovedSymbols =
    [
        // Myeloid NGS panels (mutations)
        "ABL1", "ANKRD26", "ASXL1", "ASXL2", "ATM", "ATRX", "BCOR", "BCORL1", "BRAF", "BRCC3", "CALR", "CBL", "CBLB",
        "CDKN2A", "CEBPA", "CREBBP", "CSF1R", "CSF3R", "CSNK1A1", "CUX1", "DDX41", "DHX15", "DNMT3A", "EED", "ELANE",
        "EP300", "ETNK1", "ETV6", "EZH2", "FBXW7", "FLT3", "GATA1", "GATA2", "GNAS", "GNB1", "HRAS", "IDH1", "IDH2",
        "IKZF1", "JAK1", "JAK2", "JAK3", "KDM6A", "KIT", "KMT2A", "KMT2C", "KMT2D", "KRAS", "LUC7L2", "MECOM", "MPL",
        "MYC", "MYD88", "NF1", "NOTCH1", "NPM1", "NRAS", "NSD1", "NSD2", "PDGFRA", "PDGFRB", "PHF6", "PIGA", "PPM1D",
        "PRPF8", "PTEN", "PTPN11", "RAD21", "RB1", "RIT1", "RUNX1", "SAMD9", "SAMD9L", "SETBP1", "SF1", "SF3A1",
        "SF3B1", "SH2B3", "SMC1A", "SMC3", "SRP72", "SRSF2", "STAG1", "STAG2", "STAT3", "STAT5B", "SUZ12", "TERC",
        "TERT", "TET2", "TP53", "U2AF1", "U2AF2", "UBA1", "WT1", "ZBTB7A", "ZRSR2", "BCR", "CCND1", "CCND2", "CCND3",
        "CEBPE", "CHEK2", "CTCF", "DDX3X", "DNMT1", "FANCA", "FANCC", "GATA3", "IRF4", "KDM5C", "MGA", "MLH1", "MSH2",
        "MSH6", "NFE2", "NOTCH2", "PAX5", "PRPF40B", "PTPRT", "RAD50", "RUNX1T1", "SRSF1", "SUZ12", "TPMT", "NUDT15",
        "XPO1", "CBFB", "MYH11",

        // Fusion partners in AML (ELN 2022 / WHO 2022 / ICC 2022 defining and KMT2A partner genes)
        "PML", "RARA", "MLLT3", "MLLT10", "MLLT1", "MLLT11", "AFF1", "AFDN", "ELL", "EPS15", "SEPTIN6", "SEPTIN9",
        "TET1", "DEK", "NUP214", "NUP98", "KDM5A", "RBM15", "MRTFA", "CBFA2T3", "GLIS2", "KAT6A", "KAT6B", "FUS", "ERG",
        "MNX1", "PICALM", "MLF1", "NPM1", "RPN1", "HOXA9", "HOXA13", "HOXD13", "PRDM16", "ZBTB16", "STAT5B", "BCL2",
        "ETV6", "ABL2", "FGFR1", "JAK2", "PCM1", "NUTM1", "KMT2A", "CBFA2T2", "CREBBP", "NCOA2", "LPP", "ZNF384",
        "TCF3", "PBX1",
    ];

    // Previous symbols and aliases (HGNC "previous symbols" / "alias symbols") → approved symbol.
    private static readonly (string Alias, string Symbol)[] AliasPairs =
    [
        ("MLL", "KMT2A"), ("MLL1", "KMT2A"), ("HRX", "KMT2A"), ("ALL1", "KMT2A"),
        ("MLL2", "KMT2D"), ("MLL3", "KMT2C"),
        ("EVI1", "MECOM"), ("MDS1", "MECOM"), ("MDS1-EVI1", "MECOM"),
        ("AML1", "RUNX1"), ("CBFA2", "RUNX1"),
        ("ETO", "RUNX1T1"), ("MTG8", "RUNX1T1"), ("CBFA2T1", "RUNX1T1"),
        ("ETO2", "CBFA2T3"), ("MTG16", "CBFA2T3"),
        ("AF9", "MLLT3"), ("AF10", "MLLT10"), ("ENL", "MLLT1"), ("AF4", "AFF1"), ("AF1Q", "MLLT11"),
        ("AF6", "AFDN"), ("MLLT4", "AFDN"),
        ("SEPT6", "SEPTIN6"), ("SEPT9", "SEPTIN9"),
        ("MKL1", "MRTFA"), ("OTT", "RBM15"), ("CAN", "NUP214"),
        ("MOZ", "KAT6A"), ("MORF", "KAT6B"), ("CBP", "CREBBP"), ("P300", "EP300"),
        ("TEL", "ETV6"), ("SMMHC", "MYH11"), ("TLS", "FUS"),
        ("HLXB9", "MNX1"),
        ("NPM", "NPM1"), ("B23", "NPM1"),
        ("P53", "TP53"), ("TRP53", "TP53"),
        ("U2AF35", "U2AF1"), ("U2AF65", "U2AF2"), ("SC35", "SRSF2"), ("SFRS2", "SRSF2"),
        ("SHP2", "PTPN11"), ("CUTL1", "CUX1"), ("IKAROS", "IKZF1"), ("KMT6", "EZH2"), ("KMT6A", "EZH2"),
        ("WHSC1", "NSD2"), ("MMSET", "NSD2"), ("ARA267", "NSD1"),
        ("C-KIT", "KIT"), ("CKIT", "KIT"), ("CD117", "KIT"),
        ("FLK2", "FLT3"), ("STK1", "FLT3"), ("CD135", "FLT3"),
        ("CEBP", "CEBPA"), ("C/EBPA", "CEBPA"), ("C/EBPALPHA", "CEBPA"),
        ("PLZF", "ZBTB16"),
        ("MEL1", "PRDM16"), ("MYL", "PML"),
        ("C-MYC", "MYC"), ("UBE1", "UBA1"),
    ];

    private static readonly FrozenSet<string> Approved = ApprovedSymbols.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByUpperCase =
        ApprovedSymbols.Distinct(StringComparer.Ordinal).ToFrozenDictionary(s => s.ToUpperInvariant(), s => s, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Aliases =
        AliasPairs.ToFrozenDictionary(p => p.Alias, p => p.Symbol, StringComparer.Ordinal);

    /// <summary>All approved symbols in the table, in ordinal order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ApprovedSymbols.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>All alias → approved symbol pairs.</summary>
    public static IReadOnlyDictionary<string, string> AliasMap => Aliases;

    /// <summary>Looks a written symbol up: approved, wrong case, alias (with the approved symbol), or unknown.</summary>
    public static GeneSymbolMatch Lookup(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        string trimmed = written.Trim();
        if (Approved.Contains(trimmed))
        {
            return new GeneSymbolMatch(GeneSymbolKind.Approved, trimmed);
        }

        string upper = trimmed.ToUpperInvariant();
        if (ByUpperCase.TryGetValue(upper, out string? symbol))
        {
            return new GeneSymbolMatch(GeneSymbolKind.WrongCase, symbol);
        }

        return Aliases.TryGetValue(upper, out string? target)
            ? new GeneSymbolMatch(GeneSymbolKind.Alias, target)
            : new GeneSymbolMatch(GeneSymbolKind.Unknown, trimmed);
    }

    /// <summary>True when <paramref name="symbol"/> is an approved symbol in the table (exact case).</summary>
    public static bool IsKnown(string symbol) => Approved.Contains(symbol);
}
