using System.Collections.Immutable;
using System.Text.Json;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Options;

namespace AmlNavigator.Knowledge;

public static partial class KnowledgeBaseLoader
{
    private const string TherapyFile = "kb/therapy.json";

    /// <summary>The option ids CONTRACT §3 promises; the knowledge base must define every one of them.</summary>
    public static readonly ImmutableArray<string> ContractOptionIds =
    [
        "gilteritinib", "ivosidenib", "olutasidenib", "enasidenib", "revumenib", "ziftomenib", "gemtuzumab-ozogamicin",
        "venetoclax-azacitidine", "venetoclax-decitabine", "azacitidine", "decitabine", "low-dose-cytarabine", "flag-ida",
        "flag-ida-venetoclax", "mec", "clag-m", "hidac", "hidac-mitoxantrone", "quizartinib", "allogeneic-transplant",
        "second-allogeneic-transplant", "donor-lymphocyte-infusion", "clinical-trial", "palliative-care", "best-supportive-care",
    ];

    /// <summary>Reads and validates kb/therapy.json: ids unique, references resolve, enums valid, citations exist.</summary>
    private static KnowledgeBase LoadTherapySection(KnowledgeBase kb, Dictionary<string, JsonElement> documents, List<KnowledgeProblem> problems)
    {
        if (!documents.TryGetValue(TherapyFile, out JsonElement root))
        {
            problems.Add(new KnowledgeProblem(TherapyFile, "", "the therapy knowledge file is missing"));
            return kb;
        }

        var reader = new TherapyReader(kb.Citations, problems);
        TherapyKnowledge therapy = reader.Read(root);
        reader.Validate(therapy);
        return kb with { Therapy = therapy };
    }

    /// <summary>Reads the therapy file, recording every problem with its JSON path instead of throwing.</summary>
    private sealed class TherapyReader(ImmutableSortedDictionary<string, Citation> citations, List<KnowledgeProblem> problems)
    {
        public TherapyKnowledge Read(JsonElement root) => new()
        {
            Drugs = List(root, "drugs", "", ReadDrug),
            Options = List(root, "options", "", ReadOption),
            DrugClasses = List(root, "drugClasses", "", ReadClass),
            InteractionRules = List(root, "interactionRules", "", ReadRule),
            SupportiveCare = List(root, "supportiveCare", "", ReadSupportive),
        };

        /// <summary>Cross-references: unique ids, every referenced drug/class/rule exists, every contract option present.</summary>
        public void Validate(TherapyKnowledge t)
        {
            Unique(t.Drugs.Select(d => d.Id), "/drugs", "drug");
            Unique(t.Options.Select(o => o.Id), "/options", "option");
            Unique(t.DrugClasses.Select(c => c.Id), "/drugClasses", "drug class");
            Unique(t.InteractionRules.Select(r => r.Id), "/interactionRules", "interaction rule");
            Unique(t.SupportiveCare.Select(s => s.Id), "/supportiveCare", "supportive-care item");

            var drugIds = t.Drugs.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var classIds = t.DrugClasses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var ruleIds = t.InteractionRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            foreach (string id in ContractOptionIds.Where(id => !t.Options.Any(o => o.Id == id)))
            {
                Problem("/options", $"CONTRACT option id '{id}' is not defined");
            }

            for (int i = 0; i < t.Options.Length; i++)
            {
                TherapyOption o = t.Options[i];
                foreach (string drug in o.Drugs.Where(d => !drugIds.Contains(d)))
                {
                    Problem($"/options/{i}/drugs", $"unknown drug '{drug}'");
                }

                foreach (Jurisdiction j in Enum.GetValues<Jurisdiction>().Where(j => !o.Approvals.Any(a => a.Jurisdiction == j)))
                {
                    Problem($"/options/{i}/approvals", $"option '{o.Id}' has no approval entry for {j}");
                }
            }

            for (int i = 0; i < t.InteractionRules.Length; i++)
            {
                InteractionRule r = t.InteractionRules[i];
                string path = $"/interactionRules/{i}";
                if (!drugIds.Contains(r.Drug))
                {
                    Problem(path + "/drug", $"unknown drug '{r.Drug}'");
                }

                if ((r.WithDrug is null) == (r.WithClass is null))
                {
                    Problem(path, "expected exactly one of withDrug and withClass");
                }

                if (r.WithClass is { } cls && !classIds.Contains(cls))
                {
                    Problem(path + "/withClass", $"unknown drug class '{cls}'");
                }

                foreach (string o in r.Overrides.Where(o => !ruleIds.Contains(o)))
                {
                    Problem(path + "/overrides", $"unknown interaction rule '{o}'");
                }
            }

            for (int i = 0; i < t.SupportiveCare.Length; i++)
            {
                SupportiveCareEntry s = t.SupportiveCare[i];
                if (s.Trigger == SupportiveTrigger.OptionDrugs && s.Drugs.IsEmpty)
                {
                    Problem($"/supportiveCare/{i}/drugs", "trigger 'option-drugs' needs a non-empty drugs list");
                }

                foreach (string drug in s.Drugs.Where(d => !drugIds.Contains(d)))
                {
                    Problem($"/supportiveCare/{i}/drugs", $"unknown drug '{drug}'");
                }
            }
        }

        private DrugEntry? ReadDrug(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? name = Req(e, "name", path);
            string? cls = Req(e, "class", path);
            string? dose = Req(e, "standardDose", path);
            ImmutableArray<string> cites = CitationList(e, "citations", path, required: true);
            if (id is null || name is null || cls is null || dose is null)
            {
                return null;
            }

            return new DrugEntry
            {
                Id = id,
                Name = name,
                Brand = Opt(e, "brand", path),
                DrugClass = cls,
                Targets = Strings(e, "targets", path),
                StandardDose = dose,
                Warnings = List(e, "warnings", path, ReadCaution),
                Monitoring = Strings(e, "monitoring", path),
                Cardiotoxic = Bool(e, "cardiotoxic", path),
                QtProlonging = Bool(e, "qtProlonging", path),
                Citations = cites,
            };
        }

        private TherapyOption? ReadOption(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? name = Req(e, "name", path);
            string? category = Req(e, "category", path);
            OptionIntensity? intensity = ReqEnum<OptionIntensity>(e, "intensity", path);
            ImmutableArray<string> cites = CitationList(e, "citations", path, required: true);
            if (id is null || name is null || category is null || intensity is null)
            {
                return null;
            }

            return new TherapyOption
            {
                Id = id,
                Name = name,
                Category = category,
                Intensity = intensity.Value,
                Drugs = Strings(e, "drugs", path),
                RequiresAnyOf = [.. Strings(e, "requiresAnyOf", path)
                    .Select((s, i) => ParseEnum<BiomarkerRequirement>(s, $"{path}/requiresAnyOf/{i}"))
                    .OfType<BiomarkerRequirement>()],
                MinimumAge = e.TryGetProperty("minimumAge", out JsonElement age) && age.TryGetInt32(out int a) ? a : null,
                Approvals = List(e, "approvals", path, ReadApproval),
                Evidence = List(e, "evidence", path, ReadEvidence),
                Cautions = List(e, "cautions", path, ReadCaution),
                Citations = cites,
            };
        }

        private ApprovalEntry? ReadApproval(JsonElement e, string path)
        {
            Jurisdiction? j = ReqEnum<Jurisdiction>(e, "jurisdiction", path);
            ApprovalStatus? status = ReqEnum<ApprovalStatus>(e, "status", path);
            string? indication = Req(e, "indication", path);
            string? citation = CitationKey(e, "citation", path);
            if (j is null || status is null || indication is null || citation is null)
            {
                return null;
            }

            return new ApprovalEntry(j.Value, status.Value, indication, citation)
            {
                Date = Opt(e, "date", path),
                Biomarker = Opt(e, "biomarker", path),
                CompanionTest = Opt(e, "companionTest", path),
                AgeLimit = Opt(e, "ageLimit", path),
            };
        }

        private EvidenceEntry? ReadEvidence(JsonElement e, string path)
        {
            string? study = Req(e, "study", path);
            string? text = Req(e, "text", path);
            string? citation = CitationKey(e, "citation", path);
            return study is null || text is null || citation is null ? null : new EvidenceEntry(study, text, citation);
        }

        private CautionEntry? ReadCaution(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? text = Req(e, "text", path);
            string? citation = CitationKey(e, "citation", path);
            return id is null || text is null || citation is null ? null : new CautionEntry(id, text, citation);
        }

        private DrugClass? ReadClass(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? name = Req(e, "name", path);
            string? citation = CitationKey(e, "citation", path);
            ImmutableArray<string> members = Strings(e, "members", path);
            if (members.IsEmpty)
            {
                Problem(path + "/members", "expected a non-empty list of generic names");
            }

            foreach (string m in members.Where(m => m.Any(char.IsUpper)))
            {
                Problem(path + "/members", $"member '{m}' must be a lower-case generic name");
            }

            return id is null || name is null || citation is null ? null : new DrugClass(id, name, members, citation);
        }

        private InteractionRule? ReadRule(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? drug = Req(e, "drug", path);
            InteractionSeverity? severity = ReqEnum<InteractionSeverity>(e, "severity", path);
            string? action = Req(e, "action", path);
            string? citation = CitationKey(e, "citation", path);
            if (id is null || drug is null || severity is null || action is null || citation is null)
            {
                return null;
            }

            return new InteractionRule
            {
                Id = id,
                Drug = drug,
                WithDrug = Opt(e, "withDrug", path),
                WithClass = Opt(e, "withClass", path),
                Severity = severity.Value,
                Action = action,
                DoseAdjustment = Opt(e, "doseAdjustment", path),
                Citation = citation,
                Overrides = Strings(e, "overrides", path),
            };
        }

        private SupportiveCareEntry? ReadSupportive(JsonElement e, string path)
        {
            string? id = Req(e, "id", path);
            string? text = Req(e, "text", path);
            string? citation = CitationKey(e, "citation", path);
            SupportiveTrigger? trigger = ReqEnum<SupportiveTrigger>(e, "trigger", path);
            return id is null || text is null || citation is null || trigger is null
                ? null
                : new SupportiveCareEntry(id, text, citation, trigger.Value) { Drugs = Strings(e, "drugs", path) };
        }

        private ImmutableArray<T> List<T>(JsonElement e, string name, string path, Func<JsonElement, string, T?> read)
            where T : class
        {
            if (!e.TryGetProperty(name, out JsonElement list))
            {
                return [];
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                Problem($"{path}/{name}", "expected an array");
                return [];
            }

            var items = ImmutableArray.CreateBuilder<T>();
            int i = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                string itemPath = $"{path}/{name}/{i++}";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Problem(itemPath, "expected an object");
                    continue;
                }

                if (read(item, itemPath) is { } value)
                {
                    items.Add(value);
                }
            }

            return items.ToImmutable();
        }

        private ImmutableArray<string> Strings(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out JsonElement list))
            {
                return [];
            }

            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                Problem($"{path}/{name}", "expected an array of strings");
                return [];
            }

            return [.. list.EnumerateArray().Select(x => x.GetString()!)];
        }

        private ImmutableArray<string> CitationList(JsonElement e, string name, string path, bool required)
        {
            ImmutableArray<string> keys = Strings(e, name, path);
            if (required && keys.IsEmpty)
            {
                Problem($"{path}/{name}", "expected at least one citation key");
            }

            foreach (string key in keys.Where(k => !citations.ContainsKey(k)))
            {
                Problem($"{path}/{name}", $"citation '{key}' is not in kb/citations");
            }

            return keys;
        }

        private string? CitationKey(JsonElement e, string name, string path)
        {
            string? key = Req(e, name, path);
            if (key is not null && !citations.ContainsKey(key))
            {
                Problem($"{path}/{name}", $"citation '{key}' is not in kb/citations");
            }

            return key;
        }

        private string? Req(JsonElement e, string name, string path)
        {
            string? value = Opt(e, name, path);
            if (value is null && !e.TryGetProperty(name, out _))
            {
                Problem($"{path}/{name}", "required string is missing");
            }

            return value;
        }

        private string? Opt(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out JsonElement p))
            {
                return null;
            }

            if (p.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.GetString()))
            {
                Problem($"{path}/{name}", "expected a non-empty string");
                return null;
            }

            return p.GetString();
        }

        private bool Bool(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out JsonElement p))
            {
                return false;
            }

            if (p.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Problem($"{path}/{name}", "expected true or false");
                return false;
            }

            return p.GetBoolean();
        }

        private T? ReqEnum<T>(JsonElement e, string name, string path)
            where T : struct, Enum
        {
            string? text = Req(e, name, path);
            return text is null ? null : ParseEnum<T>(text, $"{path}/{name}");
        }

        private T? ParseEnum<T>(string text, string path)
            where T : struct, Enum
        {
            foreach (T value in Enum.GetValues<T>())
            {
                if (EnumText.Of(value) == text)
                {
                    return value;
                }
            }

            Problem(path, $"'{text}' is not one of: {string.Join(", ", Enum.GetValues<T>().Select(v => EnumText.Of(v)))}");
            return null;
        }

        private void Unique(IEnumerable<string> ids, string path, string what)
        {
            foreach (string dup in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                Problem(path, $"duplicate {what} id '{dup}'");
            }
        }

        private void Problem(string path, string message) => problems.Add(new KnowledgeProblem(TherapyFile, path, message));
    }
}
