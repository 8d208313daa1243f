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
    // Pattern: one local per property, filled while walking the object, the record built once at the end. Accept()
    // matches the property name on its UTF-8 bytes and returns the interned name, so a clean case allocates no names.

    private static readonly PropertySet CaseSet = new(CaseProperties);
    private static readonly PropertySet ContextSet = new(ContextProperties);
    private static readonly PropertySet PatientSet = new(PatientProperties);
    private static readonly PropertySet DiagnosisSet = new(DiagnosisProperties);
    private static readonly PropertySet GeneticsSet = new(GeneticsProperties);
    private static readonly PropertySet VariantSet = new(VariantProperties);
    private static readonly PropertySet TherapySet = new(TherapyProperties);
    private static readonly PropertySet ResponseSet = new(ResponseProperties);
    private static readonly PropertySet TransplantSet = new(TransplantProperties);
    private static readonly PropertySet DonorSearchSet = new(DonorSearchProperties);
    private static readonly PropertySet RelapseSet = new(RelapseProperties);
    private static readonly PropertySet LabsSet = new(LabsProperties);
    private static readonly PropertySet MedicationSet = new(MedicationProperties);
    private static readonly PropertySet PreferencesSet = new(PreferencesProperties);
    private static readonly PropertySet LocationSet = new(LocationProperties);

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
            if (Accept(p, CaseSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
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
            if (Accept(p, ContextSet, ref seen) is { } name)
            {
                _path.Push(name);
                jurisdiction = Enum<Jurisdiction>(p.Value);
                _path.Pop();
            }
        }

        return new CaseContext { Jurisdiction = jurisdiction };
    }

    private PatientInfo ReadPatient(JsonElement e)
    {
        int? age = null, ecog = null, hctCi = null;
        DateOnly? birthDate = null;
        Sex? sex = null;
        double? weight = null, height = null;
        ImmutableArray<string> comorbidities = [];
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, PatientSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "ageAtDiagnosis": age = Integer(v, 0, 120, "years"); break;
                case "birthDate": birthDate = Date(v); break;
                case "sex": sex = Enum<Sex>(v); break;
                case "ecog": ecog = Integer(v, 0, 4, "(ECOG performance status)"); break;
                case "weightKg": weight = Number(v, 1, 500, "kg"); break;
                case "heightCm": height = Number(v, 30, 250, "cm"); break;
                case "comorbidities": comorbidities = Distinct(Array(v, Comorbidity)); break;
                // 29 is the largest possible HCT-CI: the sum of all item weights (Sorror 2005).
                case "hctCi": hctCi = Integer(v, 0, 29, "(HCT-CI points)"); break;
                default: break;
            }

            _path.Pop();
        }

        return new PatientInfo
        {
            AgeAtDiagnosis = age,
            BirthDate = birthDate,
            Sex = sex,
            Ecog = ecog,
            WeightKg = weight,
            HeightCm = height,
            Comorbidities = comorbidities,
            HctCi = hctCi,
        };
    }

    private DiagnosisEpisode ReadDiagnosis(JsonElement e)
    {
        DateOnly? date = null;
        AmlType? amlType = null;
        GeneticsFindings? genetics = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, DiagnosisSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            switch (name)
            {
                case "date": date = Date(p.Value); break;
                case "amlType": amlType = Enum<AmlType>(p.Value); break;
                case "genetics": genetics = Object(p.Value, ReadGenetics); break;
                default: break;
            }

            _path.Pop();
        }

        return new DiagnosisEpisode { Date = date, AmlType = amlType, Genetics = genetics };
    }

    private GeneticsFindings ReadGenetics(JsonElement e)
    {
        string? karyotype = null;
        ImmutableArray<GeneVariant> variants = [];
        ImmutableArray<string> fusions = [], tested = [];
        bool? cd33 = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, GeneticsSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "karyotype": karyotype = OptionalString(v); break;
                case "variants": variants = Array(v, x => Object(x, ReadVariant)); break;
                case "fusions": fusions = Distinct(Array(v, Fusion)); break;
                case "testedGenes": tested = Distinct(Array(v, x => Gene(x, inList: true))); break;
                case "cd33Positive": cd33 = Bool(v); break;
                default: break;
            }

            _path.Pop();
        }

        return new GeneticsFindings { Karyotype = karyotype, Variants = variants, Fusions = fusions, TestedGenes = tested, Cd33Positive = cd33 };
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
            if (Accept(p, VariantSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "gene": geneSeen = true; gene = Gene(v, inList: false); break;
                case "type": type = Enum<VariantType>(v); break;
                case "notation": notation = OptionalString(v); break;
                case "vaf": vaf = Vaf(v); break;
                case "allelicRatio": allelicRatio = Number(v, 0, 100, "(mutant : wild-type ratio)"); allelicRatioPath = allelicRatio is null ? null : _path.ToString(); break;
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
        string? regimen = null;
        ImmutableArray<string> agents = [];
        TherapyIntent? intent = null;
        TherapyIntensity? intensity = null;
        DateOnly? start = null, end = null;
        TherapyResponse? response = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, TherapySet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "regimen": regimen = OptionalString(v); break;
                case "agents": agents = Distinct(Array(v, DrugName)); break;
                case "intent": intent = Enum<TherapyIntent>(v); break;
                case "intensity": intensity = Enum<TherapyIntensity>(v); break;
                case "start": start = Date(v); break;
                case "end": end = Date(v); break;
                case "response": response = Object(v, ReadResponse); break;
                default: break;
            }

            _path.Pop();
        }

        return new TherapyLine { Regimen = regimen, Agents = agents, Intent = intent, Intensity = intensity, Start = start, End = end, Response = response };
    }

    private TherapyResponse ReadResponse(JsonElement e)
    {
        ResponseCategory? best = null;
        DateOnly? date = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, ResponseSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            if (name == "best")
            {
                best = Enum<ResponseCategory>(p.Value);
            }
            else
            {
                date = Date(p.Value);
            }

            _path.Pop();
        }

        return new TherapyResponse { Best = best, Date = date };
    }

    private Transplant ReadTransplant(JsonElement e)
    {
        TransplantType? type = null;
        DateOnly? date = null;
        DonorType? donor = null;
        Conditioning? conditioning = null;
        GvhdStatus? gvhd = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, TransplantSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "type": type = Enum<TransplantType>(v); break;
                case "date": date = Date(v); break;
                case "donor": donor = TransplantDonor(v); break;
                case "conditioning": conditioning = Enum<Conditioning>(v); break;
                case "gvhd": gvhd = Enum<GvhdStatus>(v); break;
                default: break;
            }

            _path.Pop();
        }

        return new Transplant { Type = type, Date = date, Donor = donor, Conditioning = conditioning, Gvhd = gvhd };
    }

    private DonorSearch ReadDonorSearch(JsonElement e)
    {
        bool? hlaTyped = null;
        DonorType? donor = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, DonorSearchSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            if (name == "hlaTyped")
            {
                hlaTyped = Bool(p.Value);
            }
            else
            {
                donor = Enum<DonorType>(p.Value);
            }

            _path.Pop();
        }

        return new DonorSearch { HlaTyped = hlaTyped, Donor = donor };
    }

    private RelapseEpisode ReadRelapse(JsonElement e)
    {
        DateOnly? date = null;
        int? number = null;
        double? marrow = null, blood = null;
        ImmutableArray<string> sites = [];
        bool? molecularOnly = null;
        GeneticsFindings? genetics = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, RelapseSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "date": date = Date(v); break;
                case "number": number = Integer(v, 1, 10, "(1 = first relapse)"); break;
                case "marrowBlastPercent": marrow = Number(v, 0, 100, "%"); break;
                case "bloodBlastPercent": blood = Number(v, 0, 100, "%"); break;
                case "extramedullarySites": sites = Distinct(Array(v, x => NonEmptyString(x, "a site such as CNS, skin or myeloid-sarcoma"))); break;
                case "molecularOnly": molecularOnly = Bool(v); break;
                case "genetics": genetics = Object(v, ReadGenetics); break;
                default: break;
            }

            _path.Pop();
        }

        return new RelapseEpisode
        {
            Date = date,
            Number = number,
            MarrowBlastPercent = marrow,
            BloodBlastPercent = blood,
            ExtramedullarySites = sites,
            MolecularOnly = molecularOnly,
            Genetics = genetics,
        };
    }

    private Labs ReadLabs(JsonElement e)
    {
        DateOnly? date = null;
        double? wbc = null, anc = null, platelets = null, hemoglobin = null, crcl = null, bilirubin = null, ast = null, alt = null;
        double? lvef = null, qtc = null, dlco = null, fev1 = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, LabsSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "date": date = Date(v); break;
                case "wbc": wbc = Number(v, 0, 1000, "×10⁹/L"); break;
                case "anc": anc = Number(v, 0, 1000, "×10⁹/L"); break;
                case "platelets": platelets = Number(v, 0, 5000, "×10⁹/L"); break;
                case "hemoglobin": hemoglobin = Hemoglobin(v); break;
                case "creatinineClearance": crcl = Number(v, 0, 300, "mL/min"); break;
                case "bilirubinUln": bilirubin = Number(v, 0, 100, "× upper limit of normal"); break;
                case "astUln": ast = Number(v, 0, 500, "× upper limit of normal"); break;
                case "altUln": alt = Number(v, 0, 500, "× upper limit of normal"); break;
                case "lvef": lvef = Lvef(v); break;
                case "qtcMs": qtc = Qtc(v); break;
                case "dlco": dlco = Number(v, 0, 200, "% predicted"); break;
                case "fev1": fev1 = Number(v, 0, 200, "% predicted"); break;
                default: break;
            }

            _path.Pop();
        }

        return new Labs
        {
            Date = date,
            Wbc = wbc,
            Anc = anc,
            Platelets = platelets,
            Hemoglobin = hemoglobin,
            CreatinineClearance = crcl,
            BilirubinUln = bilirubin,
            AstUln = ast,
            AltUln = alt,
            Lvef = lvef,
            QtcMs = qtc,
            Dlco = dlco,
            Fev1 = fev1,
        };
    }

    private Medication? ReadMedication(JsonElement e)
    {
        string? name = null;
        bool nameSeen = false;
        string? dose = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, MedicationSet, ref seen) is not { } property)
            {
                continue;
            }

            _path.Push(property);
            if (property == "name")
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
        ImmutableArray<Priority> priorities = [];
        bool? transplantWilling = null;
        double? maxTravelKm = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, PreferencesSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "priorities": priorities = DistinctValues(ArrayOfValues(v, Enum<Priority>)); break;
                case "transplantWilling": transplantWilling = Bool(v); break;
                case "maxTravelKm": maxTravelKm = Number(v, 0, 40_075, "km"); break;
                default: break;
            }

            _path.Pop();
        }

        return new Preferences { Priorities = priorities, TransplantWilling = transplantWilling, MaxTravelKm = maxTravelKm };
    }

    private CaseLocation ReadLocation(JsonElement e)
    {
        string? country = null, postalCode = null;
        double? latitude = null, longitude = null;
        ulong seen = 0;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (Accept(p, LocationSet, ref seen) is not { } name)
            {
                continue;
            }

            _path.Push(name);
            JsonElement v = p.Value;
            switch (name)
            {
                case "country": country = Country(v); break;
                case "postalCode": postalCode = OptionalString(v); break;
                case "latitude": latitude = Number(v, -90, 90, "degrees"); break;
                case "longitude": longitude = Number(v, -180, 180, "degrees"); break;
                default: break;
            }

            _path.Pop();
        }

        return new CaseLocation { Country = country, PostalCode = postalCode, Latitude = latitude, Longitude = longitude };
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
