using System.Globalization;
using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Trials;

namespace AmlNavigator.Reports.Text;

public static partial class AssessmentTextReport
{
    private const int TrialsShown = 10;

    private static void RenderTrials(StringBuilder sb, CaseAssessment a)
    {
        if (a.Trials.IsEmpty)
        {
            return;
        }

        Heading(sb, "Clinical trials (recruiting; decision support — confirm eligibility with the trial team)");
        AppendTrials(sb, a.Trials, TrialsShown);
    }

    /// <summary>Text for <c>trials match --format text</c>: every trial with its criteria.</summary>
    public static string RenderTrialMatches(TrialMatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        StringBuilder sb = new();
        sb.Append("AML Navigator trial matching — case ").Append(result.CaseId)
          .Append(" · as of ").Append(result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append(result.TrialsConsidered).Append(" trial(s) matched");
        if (result.TrialsClosed > 0)
        {
            sb.Append(", ").Append(result.TrialsClosed).Append(" not recruiting left out (use --include-closed)");
        }

        sb.Append('\n');
        AppendTrials(sb, result.Trials, int.MaxValue, withCriteria: true);
        sb.Append('\n').Append(Disclaimer.Text).Append('\n');
        return sb.ToString();
    }

    private static void AppendTrials(StringBuilder sb, IReadOnlyList<TrialMatch> trials, int limit, bool withCriteria = false)
    {
        foreach (TrialMatch t in trials.Take(limit))
        {
            sb.Append("  - ").Append(t.NctId).Append(" [").Append(t.Fit.ToString().ToLowerInvariant()).Append("] ")
              .Append(t.Title).Append(" (").Append(string.Join("/", t.Phase)).Append(", ").Append(t.Status).Append(")\n");
            sb.Append("    ").Append(t.Summary).Append('\n');
            foreach (string item in t.ToSettle.Take(withCriteria ? int.MaxValue : 3))
            {
                sb.Append("    to settle: ").Append(item).Append('\n');
            }

            if (t.Sites.FirstOrDefault() is { } nearest)
            {
                sb.Append("    nearest site: ").Append(nearest.Name);
                if (nearest.City is not null)
                {
                    sb.Append(", ").Append(nearest.City);
                }

                if (nearest.DistanceKm is { } km)
                {
                    sb.Append(" (").Append(km.ToString("0", CultureInfo.InvariantCulture)).Append(" km)");
                }

                sb.Append('\n');
            }

            if (!withCriteria)
            {
                continue;
            }

            foreach (CriterionMatch c in t.Criteria)
            {
                string mark = c.Status switch
                {
                    CriterionStatus.Met => "[met]    ",
                    CriterionStatus.NotMet => "[NOT MET]",
                    _ => c.CheckManually ? "[check]  " : c.NeedsInformation ? "[needs]  " : "[n/a]    ",
                };
                sb.Append("      ").Append(new string(' ', c.Depth * 2)).Append(mark).Append(' ')
                  .Append(c.Kind == CriterionKind.Inclusion ? "IN " : "EX ").Append(c.Text).Append('\n');
                if (!c.CheckManually && c.Fact.Length > 0)
                {
                    sb.Append("      ").Append(new string(' ', (c.Depth * 2) + 13)).Append("→ ").Append(c.Fact).Append('\n');
                }
            }
        }

        if (trials.Count > limit)
        {
            sb.Append("  … ").Append(trials.Count - limit).Append(" more (amlnav trials match for all)\n");
        }
    }
}
