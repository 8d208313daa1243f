using System.Collections.Immutable;
using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Trials;
using AmlNavigator.Testing;

using Xunit.Abstractions;

namespace AmlNavigator.ClinicalTrialsGov.Tests;

/// <summary>
/// The hand-labelled set (Labelled/labels.tsv): 10 cases × the 56 shared trials. The safety target is zero trials
/// marked <c>unlikely</c> for a patient who is in fact eligible; agreement figures go to docs/trials/evaluation.md.
/// </summary>
public class LabelledEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    [Fact]
    public void No_eligible_patient_is_marked_unlikely_and_agreement_is_reported()
    {
        if (SharedData.Directory is null)
        {
            output.WriteLine("SKIPPED: shared data absent (../shared/data or AMLNAV_SHARED_DATA)");
            return;
        }

        List<Trial> trials = [.. CtGovReader.ReadPath(SharedData.PathOf("ctgov-aml-trials/studies")).Select(r => r.Trial!.Compiled())];
        string folder = RepositoryFiles.PathOf("tests/AmlNavigator.ClinicalTrialsGov.Tests/Labelled");
        string[] caseFiles = [.. Directory.GetFiles(Path.Combine(folder, "cases"), "*.json").Order(StringComparer.Ordinal)];
        caseFiles.Length.ShouldBe(10);
        Dictionary<string, string> labels = File.ReadAllLines(Path.Combine(folder, "labels.tsv"))
            .Where(l => l.StartsWith("NCT", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        labels.Count.ShouldBe(56);

        int eligible = 0, ineligible = 0, falseUnlikely = 0, caughtIneligible = 0, likely = 0, possible = 0, unlikelyOnEligible = 0;
        int likelyOnIneligible = 0;
        StringBuilder misses = new();
        for (int c = 0; c < caseFiles.Length; c++)
        {
            CaseReadResult read = CaseJsonReader.Read(File.ReadAllText(caseFiles[c]), AsOf);
            read.IsValid.ShouldBeTrue(string.Join("; ", read.Errors.Select(e => e.Message)));
            PatientCase patientCase = read.Case!;
            AssessmentLog log = new();
            ImmutableArray<TrialMatch> matches = TrialMatcher.Match(
                patientCase, CaseGenetics.From(patientCase, log), DiseaseStatusEvaluator.Evaluate(patientCase, AsOf, log),
                trials, AsOf, includeClosed: true, log);
            foreach (TrialMatch m in matches)
            {
                char truth = labels[m.NctId][c];
                if (truth == 'E')
                {
                    eligible++;
                    if (m.Fit == TrialFit.Unlikely)
                    {
                        falseUnlikely++;
                        unlikelyOnEligible++;
                        string why = string.Join(" | ", m.Criteria.Where(k => k.Status == CriterionStatus.NotMet).Select(k => $"{k.Text} → {k.Fact}"));
                        misses.Append("FALSE UNLIKELY ").Append(patientCase.Id).Append(' ').Append(m.NctId).Append(": ").Append(why).Append('\n');
                    }
                    else if (m.Fit == TrialFit.Likely)
                    {
                        likely++;
                    }
                    else
                    {
                        possible++;
                    }
                }
                else if (truth == 'X')
                {
                    ineligible++;
                    if (m.Fit == TrialFit.Unlikely)
                    {
                        caughtIneligible++;
                    }
                    else if (m.Fit == TrialFit.Likely)
                    {
                        likelyOnIneligible++;
                        misses.Append("likely but ineligible ").Append(patientCase.Id).Append(' ').Append(m.NctId).Append('\n');
                    }
                }
            }
        }

        int predictedUnlikely = caughtIneligible + unlikelyOnEligible;
        output.WriteLine($"pairs labelled: {eligible + ineligible} ({eligible} eligible, {ineligible} ineligible)");
        output.WriteLine($"eligible pairs: {likely} likely, {possible} possible, {falseUnlikely} unlikely (target 0)");
        output.WriteLine($"ineligible pairs caught as unlikely: {caughtIneligible}/{ineligible} (recall {100.0 * caughtIneligible / ineligible:0.0}%)");
        output.WriteLine($"precision of 'unlikely': {(predictedUnlikely == 0 ? 100 : 100.0 * caughtIneligible / predictedUnlikely):0.0}%");
        output.WriteLine($"ineligible pairs marked likely: {likelyOnIneligible}");
        output.WriteLine(misses.ToString());

        falseUnlikely.ShouldBe(0, misses.ToString());
        likely.ShouldBeGreaterThan(0, "well-matched cases must be able to reach 'likely'");
    }
}
