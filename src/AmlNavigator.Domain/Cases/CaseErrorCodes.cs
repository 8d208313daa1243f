namespace AmlNavigator.Domain.Cases;

/// <summary>
/// The stable codes of <see cref="InputError"/>s raised while reading a case (CONTRACT §1 error objects). Codes never
/// change meaning once published; tests assert on codes, never on message text. See docs/adr/0003-case-validation.md.
/// </summary>
public static class CaseErrorCodes
{
    // ---- Syntax and shape -------------------------------------------------------------------------------------------

    /// <summary>The text is not JSON (the message gives line and byte position).</summary>
    public const string JsonInvalid = "json-invalid";

    /// <summary>The document is JSON but not an object.</summary>
    public const string CaseNotObject = "case-not-object";

    /// <summary>A property the case format does not define (the message suggests the nearest known name).</summary>
    public const string PropertyUnknown = "property-unknown";

    /// <summary>The same property twice in one object (which value was meant cannot be told).</summary>
    public const string PropertyDuplicate = "property-duplicate";

    /// <summary>A required property is absent or null.</summary>
    public const string RequiredMissing = "required-missing";

    /// <summary>The value has the wrong JSON type (e.g. a number written as a string).</summary>
    public const string TypeMismatch = "type-mismatch";

    /// <summary>A string that must be one of a fixed list of values is not (values are case-sensitive).</summary>
    public const string ValueNotAllowed = "value-not-allowed";

    /// <summary>An empty or blank string where a value is needed.</summary>
    public const string StringEmpty = "string-empty";

    /// <summary>Not an ISO 8601 calendar date (<c>yyyy-MM-dd</c>), or not a real date.</summary>
    public const string DateInvalid = "date-invalid";

    /// <summary>A number with a fractional part where a whole number is needed (ECOG, HCT-CI, age...).</summary>
    public const string NotInteger = "number-not-integer";

    // ---- Units and ranges ---------------------------------------------------------------------------------------------

    /// <summary>A number outside the range of its unit.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A VAF above 1 and at most 100: a percent where a fraction 0–1 is required.</summary>
    public const string VafLooksLikePercent = "vaf-looks-like-percent";

    /// <summary>A percent field (LVEF) written as a fraction (0.6 for 60 %).</summary>
    public const string PercentLooksLikeFraction = "percent-looks-like-fraction";

    /// <summary>QTc written in seconds (0.43) instead of milliseconds.</summary>
    public const string QtcLooksLikeSeconds = "qtc-looks-like-seconds";

    /// <summary>Haemoglobin written in g/L (84) instead of g/dL (8.4).</summary>
    public const string HemoglobinLooksLikeGramsPerLitre = "hemoglobin-looks-like-g-per-l";

    /// <summary>Neutrophils above the white-cell count they are part of.</summary>
    public const string AncAboveWbc = "anc-above-wbc";

    /// <summary><c>allelicRatio</c> on a variant that is not a FLT3-ITD.</summary>
    public const string AllelicRatioNotFlt3Itd = "allelic-ratio-not-flt3-itd";

    /// <summary>A fusion not written as <c>GENE1::GENE2</c> or <c>GENE::?</c>.</summary>
    public const string FusionInvalid = "fusion-invalid";

    /// <summary>A gene field holding a gene plus a lesion (<c>FLT3-ITD</c>): it would hide the gene from every rule.</summary>
    public const string GeneInvalid = "gene-invalid";

    /// <summary>A country that is not an ISO 3166-1 alpha-2 code.</summary>
    public const string CountryInvalid = "country-invalid";

    // ---- Date consistency ---------------------------------------------------------------------------------------------

    /// <summary>A date after the assessment date (<c>asOf</c>).</summary>
    public const string DateAfterAsOf = "date-after-as-of";

    /// <summary>A therapy that ends before it starts.</summary>
    public const string TherapyEndBeforeStart = "therapy-end-before-start";

    /// <summary>A response dated on or before the start of the therapy it responds to.</summary>
    public const string ResponseBeforeTherapyStart = "response-before-therapy-start";

    /// <summary>A relapse dated on or before the diagnosis.</summary>
    public const string RelapseBeforeDiagnosis = "relapse-before-diagnosis";

    /// <summary>A relapse not after any recorded remission (CR/CRh/CRi) although remissions are recorded.</summary>
    public const string RelapseBeforeRemission = "relapse-before-remission";

    /// <summary>A transplant dated on or before the diagnosis.</summary>
    public const string TransplantBeforeDiagnosis = "transplant-before-diagnosis";

    /// <summary>A birth date after the diagnosis.</summary>
    public const string BirthDateAfterDiagnosis = "birth-date-after-diagnosis";

    /// <summary><c>ageAtDiagnosis</c> that does not agree with <c>birthDate</c> and the diagnosis date.</summary>
    public const string AgeBirthDateMismatch = "age-birth-date-mismatch";

    /// <summary><c>molecularOnly</c> relapse with ≥ 5 % marrow blasts or extramedullary disease (a morphological relapse).</summary>
    public const string MolecularRelapseWithBlasts = "molecular-relapse-with-blasts";

    // ---- Warnings (the case is usable; the warning travels into the assessment) ----------------------------------------

    /// <summary>A gene written under a previous symbol or alias (MLL, EVI1...), mapped to its HGNC symbol.</summary>
    public const string GeneAlias = "gene-alias";

    /// <summary>A gene symbol written in the wrong case (<c>npm1</c>), mapped to its HGNC symbol.</summary>
    public const string GeneCase = "gene-case";

    /// <summary>A symbol not in the myeloid panel table; kept as written.</summary>
    public const string GeneUnknown = "gene-unknown";

    /// <summary>A therapy that starts before the diagnosis date (pre-phase treatment, or a date error).</summary>
    public const string TherapyBeforeDiagnosis = "therapy-before-diagnosis";

    /// <summary>A drug name not in lower case; lower-cased.</summary>
    public const string NameNotLowerCase = "name-not-lower-case";

    /// <summary>The same item twice in a list; kept once.</summary>
    public const string DuplicateItem = "duplicate-item";

    /// <summary>Every code, for tests and documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        JsonInvalid, CaseNotObject, PropertyUnknown, PropertyDuplicate, RequiredMissing, TypeMismatch, ValueNotAllowed,
        StringEmpty, DateInvalid, NotInteger, OutOfRange, VafLooksLikePercent, PercentLooksLikeFraction,
        QtcLooksLikeSeconds, HemoglobinLooksLikeGramsPerLitre, AncAboveWbc, AllelicRatioNotFlt3Itd, FusionInvalid,
        GeneInvalid, CountryInvalid, DateAfterAsOf, TherapyEndBeforeStart, ResponseBeforeTherapyStart,
        RelapseBeforeDiagnosis, RelapseBeforeRemission, TransplantBeforeDiagnosis, BirthDateAfterDiagnosis,
        AgeBirthDateMismatch, MolecularRelapseWithBlasts, GeneAlias, GeneCase, GeneUnknown, TherapyBeforeDiagnosis,
        NameNotLowerCase, DuplicateItem,
    ];
}
