namespace AmlNavigator.ClinicalTrialsGov;

/// <summary>Placeholder for the ClinicalTrials.gov API v2 reader.</summary>
public static class CtGovInfo
{
    public const string ApiVersion = "v2";
}
