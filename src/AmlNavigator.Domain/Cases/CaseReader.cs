using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Cases;

/// <summary>
/// Walks one case document and builds the immutable <see cref="PatientCase"/>, recording every problem with its path.
/// One method per object of CONTRACT §2; each lists its property names (used for unknown-property suggestions) and
/// checks each value's type, unit and range. Cross-field rules live in <see cref="CaseConsistency"/>.
/// </summary>
internal sealed partial class CaseReader
{
    private static readonly System.Buffers.SearchValues<char> LesionSeparators = System.Buffers.SearchValues.Create("- _/:(");
    private readonly JsonPointer _path = new();

    public List<InputError> Errors { get; } = [];

    public List<InputError> Warnings { get; } = [];

    // ---- Property names per object (CONTRACT §2). Keep in step with PatientCase.cs and docs/schema/case.schema.json. --

    internal static readonly string[] CaseProperties =
        ["id", "context", "patient", "diagnosis", "therapies", "transplants", "donorSearch", "relapse", "labs", "medications", "preferences", "location"];

    internal static readonly string[] ContextProperties = ["jurisdiction"];

    internal static readonly string[] PatientProperties =
        ["ageAtDiagnosis", "birthDate", "sex", "ecog", "weightKg", "heightCm", "comorbidities", "hctCi"];

    internal static readonly string[] DiagnosisProperties = ["date", "amlType", "genetics"];

    internal static readonly string[] GeneticsProperties = ["karyotype", "variants", "fusions", "testedGenes", "cd33Positive"];

    internal static readonly string[] VariantProperties = ["gene", "type", "notation", "vaf", "allelicRatio"];

    internal static readonly string[] TherapyProperties = ["regimen", "agents", "intent", "intensity", "start", "end", "response"];

    internal static readonly string[] ResponseProperties = ["best", "date"];

    internal static readonly string[] TransplantProperties = ["type", "date", "donor", "conditioning", "gvhd"];

    internal static readonly string[] DonorSearchProperties = ["hlaTyped", "donor"];

    internal static readonly string[] RelapseProperties =
        ["date", "number", "marrowBlastPercent", "bloodBlastPercent", "extramedullarySites", "molecularOnly", "genetics"];

    internal static readonly string[] LabsProperties =
        ["date", "wbc", "anc", "platelets", "hemoglobin", "creatinineClearance", "bilirubinUln", "astUln", "altUln", "lvef", "qtcMs", "dlco", "fev1"];

    internal static readonly string[] MedicationProperties = ["name", "dose"];

    internal static readonly string[] PreferencesProperties = ["priorities", "transplantWilling", "maxTravelKm"];

    internal static readonly string[] LocationProperties = ["country", "postalCode", "latitude", "longitude"];

    /// <summary>HCT-CI items (Sorror 2005) plus the Ferrara items, as CONTRACT §2 lists them.</summary>
    internal static readonly string[] ComorbidityValues =
    [
        "arrhythmia", "cardiac", "inflammatory-bowel-disease", "diabetes", "cerebrovascular", "psychiatric", "hepatic-mild",
        "obesity", "infection", "rheumatologic", "peptic-ulcer", "renal-moderate-severe", "pulmonary-moderate",
        "prior-solid-tumor", "heart-valve-disease", "pulmonary-severe", "hepatic-moderate-severe",
        "heart-failure", "dialysis", "cirrhosis", "cognitive-impairment",
    ];

    // ---- Objects ------------------------------------------------------------------------------------------------------

    public PatientCase? ReadCase(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error(CaseErrorCodes.CaseNotObject, $"Expected a JSON object holding one case; got {Describe(root)}.");
            return null;
        }

        string? id = null;
        bool idSeen = false;
        CaseContext? context = null;
        PatientInfo? patient = null;
        DiagnosisEpisode? diagnosis = null;
        ImmutableArray<TherapyLine> therapies = [];
        ImmutableArray<Transplant> transplants = [];
        DonorSearch? donorSearch = null;
        RelapseEpisode? relapse = null;
        Labs? labs = null;
        ImmutableArray<Medication> medications = [];
        Preferences? preferences = null;
        CaseLocation? location = null;

        ulong seen = 0;
        foreach (JsonProperty p in root.EnumerateObject())
        {
            if (!Accept(p, CaseProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            switch (p.Name)
            {
                case "id": idSeen = true; id = RequiredString(v, "a case identifier"); break;
                case "context": context = Object(v, ReadContext); break;
                case "patient": patient = Object(v, ReadPatient); break;
                case "diagnosis": diagnosis = Object(v, ReadDiagnosis); break;
                case "therapies": therapies = Array(v, e => Object(e, ReadTherapy)); break;
                case "transplants": transplants = Array(v, e => Object(e, ReadTransplant)); break;
                case "donorSearch": donorSearch = Object(v, ReadDonorSearch); break;
                case "relapse": relapse = Object(v, ReadRelapse); break;
                case "labs": labs = Object(v, ReadLabs); break;
                case "medications": medications = Array(v, e => Object(e, ReadMedication)); break;
                case "preferences": preferences = Object(v, ReadPreferences); break;
                case "location": location = Object(v, ReadLocation); break;
                default: break;
            }

            _path.Pop();
        }

        if (!idSeen)
        {
            ErrorAt(_path.Child("id"), CaseErrorCodes.RequiredMissing, "Expected an 'id' (a non-empty string naming the case); it is required.");
        }

        return new PatientCase
        {
            Id = id ?? "",
            Context = context,
            Patient = patient,
            Diagnosis = diagnosis,
            Therapies = therapies,
            Transplants = transplants,
            DonorSearch = donorSearch,
            Relapse = relapse,
            Labs = labs,
            Medications = medications,
            Preferences = preferences,
            Location = location,
        };
    }

    private CaseContext ReadContext(JsonElement e)
    {
        Jurisdiction? jurisdiction = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, ContextProperties, ref seen))
            {
                _path.Push(p.Name);
                jurisdiction = Enum<Jurisdiction>(p.Value);
                _path.Pop();
            }
        }

        return new CaseContext { Jurisdiction = jurisdiction };
    }

    private PatientInfo ReadPatient(JsonElement e)
    {
        PatientInfo result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, PatientProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "ageAtDiagnosis" => result with { AgeAtDiagnosis = Integer(v, 0, 120, "years") },
                "birthDate" => result with { BirthDate = Date(v) },
                "sex" => result with { Sex = Enum<Sex>(v) },
                "ecog" => result with { Ecog = Integer(v, 0, 4, "(ECOG performance status)") },
                "weightKg" => result with { WeightKg = Number(v, 1, 500, "kg") },
                "heightCm" => result with { HeightCm = Number(v, 30, 250, "cm") },
                "comorbidities" => result with { Comorbidities = Array(v, Comorbidity) },
                // 29 is the largest possible HCT-CI: the sum of all item weights (Sorror 2005).
                "hctCi" => result with { HctCi = Integer(v, 0, 29, "(HCT-CI points)") },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private DiagnosisEpisode ReadDiagnosis(JsonElement e)
    {
        DiagnosisEpisode result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, DiagnosisProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            result = p.Name switch
            {
                "date" => result with { Date = Date(p.Value) },
                "amlType" => result with { AmlType = Enum<AmlType>(p.Value) },
                "genetics" => result with { Genetics = Object(p.Value, ReadGenetics) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private GeneticsFindings ReadGenetics(JsonElement e)
    {
        GeneticsFindings result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, GeneticsProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            result = p.Name switch
            {
                "karyotype" => result with { Karyotype = OptionalString(p.Value) },
                "variants" => result with { Variants = Array(p.Value, v => Object(v, ReadVariant)) },
                "fusions" => result with { Fusions = Distinct(Array(p.Value, Fusion)) },
                "testedGenes" => result with { TestedGenes = Distinct(Array(p.Value, e => Gene(e, inList: true))) },
                "cd33Positive" => result with { Cd33Positive = Bool(p.Value) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private GeneVariant? ReadVariant(JsonElement e)
    {
        string? gene = null;
        bool geneSeen = false;
        VariantType? type = null;
        string? notation = null;
        double? vaf = null;
        double? allelicRatio = null;
        string? allelicRatioPath = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, VariantProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            switch (p.Name)
            {
                case "gene": geneSeen = true; gene = Gene(v, inList: false); break;
                case "type": type = Enum<VariantType>(v); break;
                case "notation": notation = OptionalString(v); break;
                case "vaf": vaf = Vaf(v); break;
                case "allelicRatio": allelicRatio = Number(v, 0, 100, "(mutant : wild-type ratio)"); allelicRatioPath = _path.ToString(); break;
                default: break;
            }

            _path.Pop();
        }

        if (!geneSeen)
        {
            ErrorAt(_path.Child("gene"), CaseErrorCodes.RequiredMissing, "Expected 'gene' (an HGNC symbol such as FLT3); every variant needs one.");
        }

        // CONTRACT §2: allelicRatio belongs to FLT3-ITD only; on another lesion it would be read as something it is not.
        if (allelicRatio is not null && gene is not null && (gene != "FLT3" || (type is not null && type != VariantType.Itd)))
        {
            ErrorAt(allelicRatioPath!, CaseErrorCodes.AllelicRatioNotFlt3Itd,
                $"Expected 'allelicRatio' only on a FLT3 ITD; this variant is {gene}{(type is null ? "" : " " + EnumNames<VariantType>.Name(type.Value))}.");
        }

        return gene is null ? null : new GeneVariant { Gene = gene, Type = type, Notation = notation, Vaf = vaf, AllelicRatio = allelicRatio };
    }

    private TherapyLine ReadTherapy(JsonElement e)
    {
        TherapyLine result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, TherapyProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "regimen" => result with { Regimen = OptionalString(v) },
                "agents" => result with { Agents = Distinct(Array(v, DrugName)) },
                "intent" => result with { Intent = Enum<TherapyIntent>(v) },
                "intensity" => result with { Intensity = Enum<TherapyIntensity>(v) },
                "start" => result with { Start = Date(v) },
                "end" => result with { End = Date(v) },
                "response" => result with { Response = Object(v, ReadResponse) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private TherapyResponse ReadResponse(JsonElement e)
    {
        TherapyResponse result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, ResponseProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            result = p.Name switch
            {
                "best" => result with { Best = Enum<ResponseCategory>(p.Value) },
                "date" => result with { Date = Date(p.Value) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private Transplant ReadTransplant(JsonElement e)
    {
        Transplant result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, TransplantProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "type" => result with { Type = Enum<TransplantType>(v) },
                "date" => result with { Date = Date(v) },
                "donor" => result with { Donor = TransplantDonor(v) },
                "conditioning" => result with { Conditioning = Enum<Conditioning>(v) },
                "gvhd" => result with { Gvhd = Enum<GvhdStatus>(v) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private DonorSearch ReadDonorSearch(JsonElement e)
    {
        DonorSearch result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, DonorSearchProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            result = p.Name switch
            {
                "hlaTyped" => result with { HlaTyped = Bool(p.Value) },
                "donor" => result with { Donor = Enum<DonorType>(p.Value) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private RelapseEpisode ReadRelapse(JsonElement e)
    {
        RelapseEpisode result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, RelapseProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "date" => result with { Date = Date(v) },
                "number" => result with { Number = Integer(v, 1, 10, "(1 = first relapse)") },
                "marrowBlastPercent" => result with { MarrowBlastPercent = Number(v, 0, 100, "%") },
                "bloodBlastPercent" => result with { BloodBlastPercent = Number(v, 0, 100, "%") },
                "extramedullarySites" => result with { ExtramedullarySites = Distinct(Array(v, e => NonEmptyString(e, "a site such as CNS, skin or myeloid-sarcoma"))) },
                "molecularOnly" => result with { MolecularOnly = Bool(v) },
                "genetics" => result with { Genetics = Object(v, ReadGenetics) },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private Labs ReadLabs(JsonElement e)
    {
        Labs result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, LabsProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "date" => result with { Date = Date(v) },
                "wbc" => result with { Wbc = Number(v, 0, 1000, "×10⁹/L") },
                "anc" => result with { Anc = Number(v, 0, 1000, "×10⁹/L") },
                "platelets" => result with { Platelets = Number(v, 0, 5000, "×10⁹/L") },
                "hemoglobin" => result with { Hemoglobin = Hemoglobin(v) },
                "creatinineClearance" => result with { CreatinineClearance = Number(v, 0, 300, "mL/min") },
                "bilirubinUln" => result with { BilirubinUln = Number(v, 0, 100, "× upper limit of normal") },
                "astUln" => result with { AstUln = Number(v, 0, 500, "× upper limit of normal") },
                "altUln" => result with { AltUln = Number(v, 0, 500, "× upper limit of normal") },
                "lvef" => result with { Lvef = Lvef(v) },
                "qtcMs" => result with { QtcMs = Qtc(v) },
                "dlco" => result with { Dlco = Number(v, 0, 200, "% predicted") },
                "fev1" => result with { Fev1 = Number(v, 0, 200, "% predicted") },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private Medication? ReadMedication(JsonElement e)
    {
        string? name = null;
        bool nameSeen = false;
        string? dose = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, MedicationProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            if (p.Name == "name")
            {
                nameSeen = true;
                name = DrugName(p.Value);
            }
            else
            {
                dose = OptionalString(p.Value);
            }

            _path.Pop();
        }

        if (!nameSeen)
        {
            ErrorAt(_path.Child("name"), CaseErrorCodes.RequiredMissing, "Expected 'name' (the generic drug name, lower case).");
        }

        return name is null ? null : new Medication { Name = name, Dose = dose };
    }

    private Preferences ReadPreferences(JsonElement e)
    {
        Preferences result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, PreferencesProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "priorities" => result with { Priorities = DistinctValues(ArrayOfValues(v, Enum<Priority>)) },
                "transplantWilling" => result with { TransplantWilling = Bool(v) },
                "maxTravelKm" => result with { MaxTravelKm = Number(v, 0, 40_075, "km") },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    private CaseLocation ReadLocation(JsonElement e)
    {
        CaseLocation result = new();
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Accept(p, LocationProperties, ref seen))
            {
                continue;
            }

            _path.Push(p.Name);
            JsonElement v = p.Value;
            result = p.Name switch
            {
                "country" => result with { Country = Country(v) },
                "postalCode" => result with { PostalCode = OptionalString(v) },
                "latitude" => result with { Latitude = Number(v, -90, 90, "degrees") },
                "longitude" => result with { Longitude = Number(v, -180, 180, "degrees") },
                _ => result,
            };
            _path.Pop();
        }

        return result;
    }

    // ---- Domain values ------------------------------------------------------------------------------------------------

    // VAF is a fraction (CONTRACT §2). A value above 1 and up to 100 is almost certainly a percent: refuse it with the
    // fraction it probably meant rather than divide silently.
    private double? Vaf(JsonElement v)
    {
        double? value = RawNumber(v);
        if (value is > 1 and <= 100)
        {
            Error(CaseErrorCodes.VafLooksLikePercent,
                $"Expected a variant allele fraction from 0 to 1; {Format(value.Value)} looks like a percent (write {Format(value.Value / 100)}).");
            return null;
        }

        return InRange(value, 0, 1, "(fraction of reads)");
    }

    private double? Hemoglobin(JsonElement v)
    {
        double? value = RawNumber(v);
        if (value is > 25 and <= 250)
        {
            Error(CaseErrorCodes.HemoglobinLooksLikeGramsPerLitre,
                $"Expected haemoglobin in g/dL (0–25); {Format(value.Value)} looks like g/L (write {Format(value.Value / 10)}).");
            return null;
        }

        return InRange(value, 0, 25, "g/dL");
    }

    private double? Lvef(JsonElement v)
    {
        double? value = RawNumber(v);
        if (value is > 0 and <= 1)
        {
            Error(CaseErrorCodes.PercentLooksLikeFraction,
                $"Expected LVEF in percent (0–100); {Format(value.Value)} looks like a fraction (write {Format(value.Value * 100)}).");
            return null;
        }

        return InRange(value, 0, 100, "%");
    }

    private double? Qtc(JsonElement v)
    {
        double? value = RawNumber(v);
        if (value is > 0 and < 2)
        {
            Error(CaseErrorCodes.QtcLooksLikeSeconds,
                $"Expected QTc in milliseconds (200–1000); {Format(value.Value)} looks like seconds (write {Format(value.Value * 1000)}).");
            return null;
        }

        return InRange(value, 200, 1000, "ms");
    }

    private DonorType? TransplantDonor(JsonElement v)
    {
        DonorType? donor = Enum<DonorType>(v);
        if (donor == DonorType.NoneFound)
        {
            Error(CaseErrorCodes.ValueNotAllowed,
                "Expected the donor of this transplant (matched-sibling, matched-unrelated, mismatched-unrelated, haploidentical or cord); " +
                "'none-found' belongs in donorSearch.donor.");
            return null;
        }

        return donor;
    }

    private string? Comorbidity(JsonElement v)
    {
        string? text = NonEmptyString(v, "an HCT-CI or Ferrara item");
        if (text is null)
        {
            return null;
        }

        if (System.Array.IndexOf(ComorbidityValues, text) >= 0)
        {
            return text;
        }

        Error(CaseErrorCodes.ValueNotAllowed,
            $"Expected an HCT-CI or Ferrara item; got '{text}'.{Suggestions.DidYouMean(text, ComorbidityValues)} Allowed: {string.Join(", ", ComorbidityValues)}.");
        return null;
    }

    // Generic drug names are matched by exact lower-case text elsewhere (interactions, prior therapy), so a capitalised
    // name is lower-cased here, with a warning, rather than missing every rule.
    private string? DrugName(JsonElement v)
    {
        string? text = NonEmptyString(v, "a generic drug name");
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        string lower = trimmed.ToLowerInvariant();
        if (lower != trimmed)
        {
            Warn(CaseErrorCodes.NameNotLowerCase, $"Drug names are lower-case generic names; read '{trimmed}' as '{lower}'.");
        }

        return lower;
    }

    private string? Country(JsonElement v)
    {
        string? text = NonEmptyString(v, "an ISO 3166-1 alpha-2 country code");
        if (text is null)
        {
            return null;
        }

        if (text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && text != "UK")
        {
            return text;
        }

        string hint = text == "UK" || text.Equals("uk", StringComparison.OrdinalIgnoreCase)
            ? " The ISO code of the United Kingdom is 'GB'."
            : text.Length == 2 && text.All(char.IsAsciiLetter) ? $" Did you mean '{text.ToUpperInvariant()}'?" : "";
        Error(CaseErrorCodes.CountryInvalid, $"Expected an ISO 3166-1 alpha-2 country code (two capital letters, e.g. US, DE); got '{text}'.{hint}");
        return null;
    }

    // ---- Genes and fusions ---------------------------------------------------------------------------------------------

    /// <summary>Reads a gene symbol: approved as is; wrong case or alias mapped with a warning; unknown kept with a warning.
    /// A symbol with a lesion appended (FLT3-ITD) is an error: it would hide the gene from every rule.</summary>
    private string? Gene(JsonElement v, bool inList)
    {
        string? text = NonEmptyString(v, "an HGNC gene symbol");
        if (text is null)
        {
            return null;
        }

        GeneSymbolMatch match = GeneSymbols.Lookup(text);
        switch (match.Kind)
        {
            case GeneSymbolKind.Approved:
                return match.Symbol;
            case GeneSymbolKind.WrongCase:
                Warn(CaseErrorCodes.GeneCase, $"Gene symbols are case-sensitive HGNC symbols; read '{text}' as {match.Symbol}.");
                return match.Symbol;
            case GeneSymbolKind.Alias:
                Warn(CaseErrorCodes.GeneAlias, $"'{text}' is a previous symbol or alias; read as the HGNC symbol {match.Symbol}.");
                return match.Symbol;
            default:
                break;
        }

        int cut = text.AsSpan().IndexOfAny(LesionSeparators);
        if (cut > 0 && GeneSymbols.Lookup(text[..cut]) is { Kind: not GeneSymbolKind.Unknown } stem)
        {
            string lesion = text[(cut + 1)..].Trim();
            string advice = inList
                ? $"list the gene as {stem.Symbol}"
                : $"write \"gene\": \"{stem.Symbol}\" and put '{lesion}' in 'type' (ITD, TKD, PTD...) or 'notation'";
            Error(CaseErrorCodes.GeneInvalid, $"Expected a gene symbol alone; got '{text}' ({advice}).");
            return null;
        }

        Warn(CaseErrorCodes.GeneUnknown, $"'{text}' is not in the myeloid gene table (HGNC symbols); kept as written. Check the symbol.");
        return match.Symbol;
    }

    /// <summary>Reads a fusion <c>GENE1::GENE2</c> (HGNC fusion notation) or <c>GENE::?</c> when the partner is unknown.</summary>
    private string? Fusion(JsonElement v)
    {
        string? text = NonEmptyString(v, "a fusion written GENE1::GENE2");
        if (text is null)
        {
            return null;
        }

        string[] parts = text.Split("::");
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0 || parts[0].Trim() == "?")
        {
            string? suggestion = null;
            string[] halves = text.Split(['-', '/', '_', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (halves.Length == 2 && GeneSymbols.Lookup(halves[0]).Kind != GeneSymbolKind.Unknown &&
                (halves[1] == "?" || GeneSymbols.Lookup(halves[1]).Kind != GeneSymbolKind.Unknown))
            {
                suggestion = halves[0] == "?" ? $"{halves[1]}::?" : $"{GeneSymbols.Lookup(halves[0]).Symbol}::{(halves[1] == "?" ? "?" : GeneSymbols.Lookup(halves[1]).Symbol)}";
            }

            Error(CaseErrorCodes.FusionInvalid,
                $"Expected a fusion written GENE1::GENE2 (or GENE::? when the partner is unknown); got '{text}'." +
                (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
            return null;
        }

        string first = FusionPartner(parts[0].Trim());
        string second = parts[1].Trim() == "?" ? "?" : FusionPartner(parts[1].Trim());
        return $"{first}::{second}";
    }

    private string FusionPartner(string written)
    {
        GeneSymbolMatch match = GeneSymbols.Lookup(written);
        switch (match.Kind)
        {
            case GeneSymbolKind.WrongCase:
                Warn(CaseErrorCodes.GeneCase, $"Gene symbols are case-sensitive HGNC symbols; read '{written}' as {match.Symbol}.");
                break;
            case GeneSymbolKind.Alias:
                Warn(CaseErrorCodes.GeneAlias, $"'{written}' is a previous symbol or alias; read as the HGNC symbol {match.Symbol}.");
                break;
            case GeneSymbolKind.Unknown:
                Warn(CaseErrorCodes.GeneUnknown, $"'{written}' is not in the myeloid gene table (HGNC symbols); kept as written. Check the symbol.");
                break;
            default:
                break;
        }

        return match.Symbol;
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
