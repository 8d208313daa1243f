using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Prognosis;

namespace AmlNavigator.Domain.Fitness;

/// <summary>
/// Fitness for intensive and non-intensive therapy by the Ferrara 2013 consensus criteria (any one met → unfit),
/// plus the HCT-CI. A criterion is "not met" only on a recorded fact; with any criterion unknown and none met, the
/// answer is "cannot assess" (null), never "fit". Mapping decisions: docs/relapse/fitness.md.
/// </summary>
public static class FitnessEvaluator
{
    private const string Ferrara = RelapseCitations.Ferrara2013;

    public static FitnessAssessment Evaluate(PatientCase patientCase, CaseGenetics genetics, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        _ = (genetics, log);
        PatientInfo? p = patientCase.Patient;
        Labs? labs = patientCase.Labs;
        var comorbidities = (p?.Comorbidities ?? []).Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        // A recorded comorbidity list (or a given HCT-CI of 0) is read as complete; otherwise absent items are unknown.
        bool listRecorded = comorbidities.Count > 0 || p?.HctCi == 0;
        bool Has(string item) => comorbidities.Contains(item);
        AgeRange? age = AgeAt(patientCase, asOf);

        var criteria = ImmutableArray.CreateBuilder<FitnessCriterion>();
        criteria.Add(age switch
        {
            { Min: > 75 } a => C("ferrara-age", "Age > 75 years", "intensive", FitnessCriterionStatus.Met, $"age {a}"),
            { Max: <= 75 } a => C("ferrara-age", "Age > 75 years", "intensive", FitnessCriterionStatus.NotMet, $"age {a}"),
            { } a => C("ferrara-age", "Age > 75 years", "intensive", FitnessCriterionStatus.Unknown, $"age {a}: give the date of birth"),
            null => C("ferrara-age", "Age > 75 years", "intensive", FitnessCriterionStatus.Unknown, "age unknown"),
        });

        double? lvef = labs?.Lvef;
        criteria.Add(Has("heart-failure") || lvef <= 50
            ? C("ferrara-cardiac", "Congestive heart failure or cardiomyopathy with EF ≤ 50%", "intensive", FitnessCriterionStatus.Met,
                Has("heart-failure") ? "heart failure recorded" : $"LVEF {Num(lvef)}%")
            : lvef is not null && listRecorded
                ? C("ferrara-cardiac", "Congestive heart failure or cardiomyopathy with EF ≤ 50%", "intensive", FitnessCriterionStatus.NotMet, $"LVEF {Num(lvef)}%, no heart failure recorded")
                : C("ferrara-cardiac", "Congestive heart failure or cardiomyopathy with EF ≤ 50%", "intensive", FitnessCriterionStatus.Unknown,
                    lvef is null ? "LVEF not recorded" : "comorbidities not recorded"));

        criteria.Add(Pulmonary(labs, listRecorded, Has("pulmonary-severe")));

        criteria.Add(Has("dialysis") && age is { Min: > 60 }
            ? C("ferrara-renal", "On dialysis and age > 60", "intensive", FitnessCriterionStatus.Met, $"dialysis, age {age}")
            : age is { Max: <= 60 } || (listRecorded && !Has("dialysis"))
                ? C("ferrara-renal", "On dialysis and age > 60", "intensive", FitnessCriterionStatus.NotMet, Has("dialysis") ? $"age {age}" : "no dialysis recorded")
                : C("ferrara-renal", "On dialysis and age > 60", "intensive", FitnessCriterionStatus.Unknown, "dialysis status or age unknown"));

        double? ast = labs?.AstUln, alt = labs?.AltUln;
        criteria.Add(ast > 3 || alt > 3
            ? C("ferrara-hepatic", "Transaminases > 3 × ULN, cirrhosis Child-Pugh B/C, or acute viral hepatitis", "intensive", FitnessCriterionStatus.Met, $"AST {Num(ast)} × ULN, ALT {Num(alt)} × ULN")
            : ast is not null && alt is not null && listRecorded && !Has("cirrhosis")
                ? C("ferrara-hepatic", "Transaminases > 3 × ULN, cirrhosis Child-Pugh B/C, or acute viral hepatitis", "intensive", FitnessCriterionStatus.NotMet, $"AST {Num(ast)} × ULN, ALT {Num(alt)} × ULN, no cirrhosis recorded")
                : C("ferrara-hepatic", "Transaminases > 3 × ULN, cirrhosis Child-Pugh B/C, or acute viral hepatitis", "intensive", FitnessCriterionStatus.Unknown,
                    Has("cirrhosis") ? "cirrhosis recorded: Child-Pugh class needed" : "AST/ALT or comorbidities not recorded"));

        criteria.Add(Has("infection")
            ? C("ferrara-infection", "Active infection resistant to anti-infective therapy", "both", FitnessCriterionStatus.Unknown, "infection recorded: is it resistant to therapy?")
            : listRecorded
                ? C("ferrara-infection", "Active infection resistant to anti-infective therapy", "both", FitnessCriterionStatus.NotMet, "no infection recorded")
                : C("ferrara-infection", "Active infection resistant to anti-infective therapy", "both", FitnessCriterionStatus.Unknown, "comorbidities not recorded"));

        criteria.Add(Has("cognitive-impairment")
            ? C("ferrara-cognitive", "Psychiatric illness needing hospitalisation/intensive care, or cognitive dependence not controlled by the caregiver", "both", FitnessCriterionStatus.Met, "cognitive impairment recorded")
            : Has("psychiatric")
                ? C("ferrara-cognitive", "Psychiatric illness needing hospitalisation/intensive care, or cognitive dependence not controlled by the caregiver", "both", FitnessCriterionStatus.Unknown, "psychiatric disorder recorded: severity needed")
                : listRecorded
                    ? C("ferrara-cognitive", "Psychiatric illness needing hospitalisation/intensive care, or cognitive dependence not controlled by the caregiver", "both", FitnessCriterionStatus.NotMet, "none recorded")
                    : C("ferrara-cognitive", "Psychiatric illness needing hospitalisation/intensive care, or cognitive dependence not controlled by the caregiver", "both", FitnessCriterionStatus.Unknown, "comorbidities not recorded"));

        int? ecog = p?.Ecog;
        criteria.Add(ecog switch
        {
            >= 3 => C("ferrara-ecog", "ECOG performance status > 2 not related to the leukaemia", "intensive", FitnessCriterionStatus.Met, $"ECOG {ecog} (the team must judge whether it is due to the leukaemia)"),
            { } e => C("ferrara-ecog", "ECOG performance status > 2 not related to the leukaemia", "intensive", FitnessCriterionStatus.NotMet, $"ECOG {e}"),
            null => C("ferrara-ecog", "ECOG performance status > 2 not related to the leukaemia", "intensive", FitnessCriterionStatus.Unknown, "ECOG not recorded"),
        });

        // Frail (unfit for non-intensive): refractory heart failure; the pulmonary, hepatic (cirrhosis B/C, acute
        // hepatitis), infection and cognitive items above.
        criteria.Add(Has("heart-failure")
            ? C("ferrara-refractory-heart-failure", "Refractory congestive heart failure", "non-intensive", FitnessCriterionStatus.Unknown, "heart failure recorded: is it refractory?")
            : listRecorded
                ? C("ferrara-refractory-heart-failure", "Refractory congestive heart failure", "non-intensive", FitnessCriterionStatus.NotMet, "no heart failure recorded")
                : C("ferrara-refractory-heart-failure", "Refractory congestive heart failure", "non-intensive", FitnessCriterionStatus.Unknown, "comorbidities not recorded"));

        ImmutableArray<FitnessCriterion> all = criteria.ToImmutable();
        FitnessCriterion hepatic = all.Single(c => c.Id == "ferrara-hepatic");
        IEnumerable<FitnessCriterion> frail = all.Where(c => c.AppliesTo is "both" or "non-intensive" || c.Id == "ferrara-pulmonary")
            .Append(hepatic with
            {
                // Transaminases alone do not make a patient frail: only cirrhosis B/C or acute hepatitis do.
                Status = Has("cirrhosis") ? FitnessCriterionStatus.Unknown : listRecorded ? FitnessCriterionStatus.NotMet : FitnessCriterionStatus.Unknown,
            });

        return new FitnessAssessment
        {
            UnfitForIntensive = Decide(all),
            UnfitForNonIntensive = Decide(frail),
            Age = age,
            Ecog = ecog,
            Criteria = all,
            HctCi = HctCi(p, labs, comorbidities),
        };
    }

    /// <summary>Any criterion met → unfit; all not met → fit; otherwise cannot assess.</summary>
    private static bool? Decide(IEnumerable<FitnessCriterion> criteria)
    {
        var list = criteria.ToList();
        return list.Exists(c => c.Status == FitnessCriterionStatus.Met) ? true
            : list.TrueForAll(c => c.Status == FitnessCriterionStatus.NotMet) ? false
            : null;
    }

    private static FitnessCriterion Pulmonary(Labs? labs, bool listRecorded, bool severeListed)
    {
        const string id = "ferrara-pulmonary", text = "DLCO ≤ 65% or FEV1 ≤ 65%, dyspnoea at rest or oxygen requirement";
        double? dlco = labs?.Dlco, fev1 = labs?.Fev1;
        if (dlco <= 65 || fev1 <= 65 || severeListed)
        {
            return C(id, text, "both", FitnessCriterionStatus.Met, severeListed ? "severe pulmonary disease recorded" : $"DLCO {Num(dlco)}%, FEV1 {Num(fev1)}%");
        }

        return listRecorded
            ? C(id, text, "both", FitnessCriterionStatus.NotMet, $"no severe pulmonary disease recorded (DLCO {Num(dlco)}%, FEV1 {Num(fev1)}%)")
            : C(id, text, "both", FitnessCriterionStatus.Unknown, "pulmonary function and comorbidities not recorded");
    }

    /// <summary>HCT-CI points (Sorror 2005), from the recorded comorbidity items and the labs that define them.</summary>
    private static HctCiResult HctCi(PatientInfo? p, Labs? labs, HashSet<string> comorbidities)
    {
        if (p?.HctCi is { } given)
        {
            return new HctCiResult { Score = given, Source = "given", Group = HctCiGroup(given) };
        }

        var items = new SortedDictionary<string, (int Points, string Finding)>(StringComparer.Ordinal);
        void Add(string item, int points, string finding)
        {
            if (!items.TryGetValue(item, out var existing) || existing.Points < points)
            {
                items[item] = (points, finding);
            }
        }

        foreach (string c in comorbidities)
        {
            int? points = c switch
            {
                "arrhythmia" or "cardiac" or "inflammatory-bowel-disease" or "diabetes" or "cerebrovascular" or
                    "psychiatric" or "obesity" or "infection" => 1,
                "rheumatologic" or "peptic-ulcer" or "renal-moderate-severe" or "pulmonary-moderate" => 2,
                "prior-solid-tumor" or "heart-valve-disease" or "pulmonary-severe" => 3,
                _ => null,
            };
            switch (c)
            {
                case "hepatic-mild": Add("hepatic", 1, "mild hepatic disease recorded"); break;
                case "hepatic-moderate-severe": Add("hepatic", 3, "moderate/severe hepatic disease recorded"); break;
                case "cirrhosis": Add("hepatic", 3, "cirrhosis recorded"); break;
                case "heart-failure": Add("cardiac", 1, "heart failure recorded"); break;
                case "dialysis": Add("renal-moderate-severe", 2, "dialysis recorded"); break;
                case "pulmonary-moderate": Add("pulmonary", 2, "moderate pulmonary disease recorded"); break;
                case "pulmonary-severe": Add("pulmonary", 3, "severe pulmonary disease recorded"); break;
                default:
                    if (points is { } pts)
                    {
                        Add(c, pts, "recorded");
                    }

                    break;
            }
        }

        if (labs?.Lvef <= 50)
        {
            Add("cardiac", 1, $"LVEF {Num(labs.Lvef)}% (≤ 50%)");
        }

        double liver = Math.Max(labs?.AstUln ?? 0, labs?.AltUln ?? 0);
        if (labs?.BilirubinUln > 1.5 || liver > 2.5)
        {
            Add("hepatic", 3, $"bilirubin {Num(labs?.BilirubinUln)} × ULN, AST/ALT up to {Num(liver)} × ULN");
        }
        else if (labs?.BilirubinUln > 1 || liver > 1)
        {
            Add("hepatic", 1, $"bilirubin {Num(labs?.BilirubinUln)} × ULN, AST/ALT up to {Num(liver)} × ULN");
        }

        double? pft = new[] { labs?.Dlco, labs?.Fev1 }.Where(x => x is not null).Min();
        if (pft <= 65)
        {
            Add("pulmonary", 3, $"DLCO/FEV1 {Num(pft)}% (≤ 65%)");
        }
        else if (pft <= 80)
        {
            Add("pulmonary", 2, $"DLCO/FEV1 {Num(pft)}% (66–80%)");
        }

        if (items.Count == 0 && comorbidities.Count == 0)
        {
            return new HctCiResult();
        }

        int score = items.Values.Sum(v => v.Points);
        return new HctCiResult
        {
            Score = score,
            Source = "computed",
            Group = HctCiGroup(score),
            Items = [.. items.Select(kv => new ScoreComponent(kv.Key, kv.Value.Finding, kv.Value.Points))],
        };
    }

    private static string HctCiGroup(int score) => score == 0 ? "low" : score <= 2 ? "intermediate" : "high";

    private static AgeRange? AgeAt(PatientCase c, DateOnly asOf)
    {
        if (c.Patient?.BirthDate is { } birth)
        {
            int a = RelapseFacts.WholeYears(birth, asOf);
            return new AgeRange(a, a);
        }

        if (c.Patient?.AgeAtDiagnosis is { } atDx && c.Diagnosis?.Date is { } dx && dx <= asOf)
        {
            int elapsed = RelapseFacts.WholeYears(dx, asOf);
            return new AgeRange(atDx + elapsed, atDx + elapsed + 1);
        }

        return null;
    }

    private static FitnessCriterion C(string id, string criterion, string appliesTo, FitnessCriterionStatus status, string finding) =>
        new(id, criterion, appliesTo, status, finding, Ferrara);

    private static string Num(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";
}
