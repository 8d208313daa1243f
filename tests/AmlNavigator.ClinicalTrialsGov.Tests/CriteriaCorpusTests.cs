using AmlNavigator.Domain.Trials;
using AmlNavigator.Testing;

using Xunit.Abstractions;

namespace AmlNavigator.ClinicalTrialsGov.Tests;

/// <summary>Criteria splitting over the 56 real AML trials of the shared data set.</summary>
public class CriteriaCorpusTests(ITestOutputHelper output)
{
    private static List<Trial>? Trials() => SharedData.Directory is null
        ? null
        : [.. CtGovReader.ReadPath(SharedData.PathOf("ctgov-aml-trials/studies")).Select(r => r.Trial!)];

    [Fact]
    public void Every_character_of_every_criteria_text_is_accounted_for()
    {
        if (Trials() is not { } trials)
        {
            output.WriteLine("SKIPPED: shared data absent (../shared/data or AMLNAV_SHARED_DATA)");
            return;
        }

        int total = 0;
        foreach (Trial trial in trials)
        {
            string text = trial.EligibilityCriteria!;
            CriteriaList list = CriteriaReader.Read(text);
            list.HadSections.ShouldBeTrue(trial.NctId);
            list.Criteria.ShouldNotBeEmpty(trial.NctId);
            total += list.Criteria.Length;
            bool[] covered = new bool[text.Length];
            foreach (Criterion c in list.Criteria)
            {
                text.Substring(c.Start, c.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    .ShouldBe(c.Text.Split(' '), $"{trial.NctId} criterion at {c.Start}");
                for (int i = c.Start; i < c.Start + c.Length; i++)
                {
                    covered[i] = true;
                }
            }

            // What is not inside a criterion must be a list marker, a section line or a heading line.
            foreach (string line in Uncovered(text, covered))
            {
                bool allowed = line.Length <= 6 || line.EndsWith(':') || line.Contains("Criteria", StringComparison.OrdinalIgnoreCase);
                allowed.ShouldBeTrue($"{trial.NctId}: text outside every criterion: '{line}'");
            }
        }

        output.WriteLine($"{trials.Count} trials, {total} criteria");
    }

    private static IEnumerable<string> Uncovered(string text, bool[] covered)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (covered[i] || char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !covered[i] && text[i] != '\n')
            {
                i++;
            }

            yield return text[start..i].Trim();
        }
    }
}
