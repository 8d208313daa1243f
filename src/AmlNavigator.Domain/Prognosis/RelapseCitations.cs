namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// Citation keys of the relapse area (kb/citations/relapse.json). A knowledge test checks that every key listed in
/// <see cref="All"/> exists in the loaded knowledge base.
/// </summary>
public static class RelapseCitations
{
    public const string Breems2005 = "rel-breems2005";
    public const string BloodrefEpi = "rel-bloodref-epi";
    public const string Giles2006 = "rel-giles2006";
    public const string Chevallier2011 = "rel-chevallier2011";
    public const string Bejanyan2015 = "rel-bejanyan2015";
    public const string SecondTransplantScore2018 = "rel-allosct2-score2018";
    public const string Ferrara2013 = "rel-ferrara2013";
    public const string Kantarjian2010 = "rel-kantarjian2010";
    public const string Sorror2005 = "rel-sorror2005";
    public const string EbmtHla = "rel-ebmt-hla";
    public const string DiNardo2020 = "rel-dinardo2020";
    public const string McMahon2019 = "rel-mcmahon2019";
    public const string Perner2023 = "rel-perner2023";

    public static IReadOnlyList<string> All { get; } =
    [
        Breems2005, BloodrefEpi, Giles2006, Chevallier2011, Bejanyan2015, SecondTransplantScore2018, Ferrara2013,
        Kantarjian2010, Sorror2005, EbmtHla, DiNardo2020, McMahon2019, Perner2023,
    ];
}
