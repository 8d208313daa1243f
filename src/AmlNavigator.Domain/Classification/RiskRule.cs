using System.Collections.Immutable;

namespace AmlNavigator.Domain.Classification;

/// <summary>
/// One named rule of a risk table: a table row, a footnote, or a documented decision where the published text leaves
/// a gap. Rules are data: the catalog is exported by <c>amlnav knowledge</c> for clinician review.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>eln2022-adverse-tp53</c>.</param>
/// <param name="Scheme">eln2022 | eln2017 | eln2024-less-intensive.</param>
/// <param name="Outcome">favorable | intermediate | adverse | out-of-scope | not-applicable | note (a footnote or
/// decision that explains, keeps or moves a group).</param>
/// <param name="Kind">table-row | footnote | decision.</param>
/// <param name="Text">The rule as published (paraphrased), or the decision taken.</param>
/// <param name="Citation">Citation key (kb/citations/risk.json).</param>
/// <param name="Status">verified | secondary | decision (see docs/risk/eln-decisions.md).</param>
/// <param name="Facts">The facts whose findings the trace shows when the rule fires.</param>
public sealed record RiskRule(
    string Id, string Scheme, string Outcome, string Kind, string Text, string Citation, string Status, ImmutableArray<RiskFact> Facts);

/// <summary>Every risk rule of every scheme, in precedence order within each scheme.</summary>
public static class RiskRuleCatalog
{
    /// <summary>All rules: ELN 2022, then ELN 2017, then ELN 2024 less-intensive.</summary>
    public static ImmutableArray<RiskRule> All { get; } = [.. Eln2022Classifier.Rules, .. Eln2017Classifier.Rules, .. Eln2024LessIntensiveClassifier.Rules];

    /// <summary>The rules of one scheme (eln2022 | eln2017 | eln2024-less-intensive).</summary>
    public static ImmutableArray<RiskRule> For(string scheme) => [.. All.Where(r => r.Scheme == scheme)];
}
