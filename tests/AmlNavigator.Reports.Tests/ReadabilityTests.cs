using AmlNavigator.Reports.Patient;

namespace AmlNavigator.Reports.Tests;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("table", 2)]
    [InlineData("leukemia", 4)]
    [InlineData("treatment", 2)]
    [InlineData("changed", 1)]
    [InlineData("choices", 2)]
    [InlineData("hospital", 3)]
    [InlineData("follow-up", 3)]
    [InlineData("wanted", 2)]
    [InlineData("times", 1)]
    [InlineData("radiation", 4)]
    [InlineData("care", 1)]
    [InlineData("2024", 1)]
    [InlineData("FLT3", 1)]
    public void Syllables_CommonWords_MatchTheHeuristic(string word, int expected)
    {
        Readability.Syllables(word).ShouldBe(expected);
    }

    [Fact]
    public void Score_CountsSentencesWordsAndSyllables()
    {
        // Given two short sentences: 8 words, 2 sentences, 8 syllables.
        ReadabilityScore score = Readability.Score("The cat sat on the mat. It was warm.");

        score.Sentences.ShouldBe(2);
        score.Words.ShouldBe(9);
        score.Syllables.ShouldBe(9);
        // 0.39 × 4.5 + 11.8 × 1 − 15.59
        score.Grade.ShouldBe((0.39 * 4.5) + 11.8 - 15.59, 1e-9);
    }

    [Fact]
    public void Score_EachSegmentEndsASentence()
    {
        Readability.Score(["A list item", "Another item"]).Sentences.ShouldBe(2);
    }

    [Fact]
    public void Grade_DenseClinicalProse_IsHigh()
    {
        ReadabilityScore score = Readability.Score(
            "Allogeneic haematopoietic cell transplantation in second complete remission confers a substantially improved " +
            "probability of long-term leukaemia-free survival relative to conventional consolidation chemotherapy.");
        score.Grade.ShouldBeGreaterThan(16);
    }

    [Fact]
    public void Grade_Empty_IsZero()
    {
        Readability.Score("").Grade.ShouldBe(0);
    }
}
