using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Serialization;

namespace AmlNavigator.Domain.Tests.Cases;

public class CaseRoundTripTests
{
    // Every property of CONTRACT §2 set once: the reader must accept all of them and lose nothing.
    private const string EveryField = """
        {
          "id": "every-field",
          "context": { "jurisdiction": "EU" },
          "patient": { "ageAtDiagnosis": 60, "birthDate": "1964-05-01", "sex": "other", "ecog": 2, "weightKg": 70.5,
                       "heightCm": 170, "comorbidities": ["cardiac", "dialysis"], "hctCi": 3 },
          "diagnosis": { "date": "2024-06-01", "amlType": "therapy-related",
                         "genetics": { "karyotype": "46,XY[20]", "variants": [ { "gene": "FLT3", "type": "ITD", "notation": "c.1800_1801ins30", "vaf": 0.2, "allelicRatio": 0.5 } ],
                                       "fusions": ["KMT2A::?"], "testedGenes": ["FLT3"], "cd33Positive": false } },
          "therapies": [ { "regimen": "7+3", "agents": ["cytarabine"], "intent": "induction", "intensity": "intensive",
                           "start": "2024-06-03", "end": "2024-06-10", "response": { "best": "CRh", "date": "2024-07-10" } } ],
          "transplants": [ { "type": "allogeneic", "date": "2024-10-01", "donor": "cord", "conditioning": "RIC", "gvhd": "active" } ],
          "donorSearch": { "hlaTyped": true, "donor": "none-found" },
          "relapse": { "date": "2025-06-01", "number": 1, "marrowBlastPercent": 3, "bloodBlastPercent": 0,
                       "extramedullarySites": ["skin"], "molecularOnly": false,
                       "genetics": { "variants": [], "testedGenes": ["NPM1"] } },
          "labs": { "date": "2025-06-01", "wbc": 4, "anc": 2, "platelets": 100, "hemoglobin": 11, "creatinineClearance": 90,
                    "bilirubinUln": 1, "astUln": 1, "altUln": 1, "lvef": 55, "qtcMs": 420, "dlco": 80, "fev1": 85 },
          "medications": [ { "name": "fluconazole", "dose": "200 mg daily" } ],
          "preferences": { "priorities": ["cure", "avoid-hospital"], "transplantWilling": false, "maxTravelKm": 150 },
          "location": { "country": "FR", "postalCode": "75010", "latitude": 48.87, "longitude": 2.36 }
        }
        """;

    [Fact]
    public void Read_EveryField_IsValidAndWritesBackTheSameDocument()
    {
        // Given
        CaseReadResult first = CaseJsonReader.Read(EveryField, new DateOnly(2026, 11, 28));
        first.Errors.ShouldBeEmpty();
        first.Warnings.ShouldBeEmpty();

        // When
        string written = AmlJson.Serialize(first.Case!);
        CaseReadResult second = CaseJsonReader.Read(written, new DateOnly(2026, 11, 28));

        // Then
        second.Errors.ShouldBeEmpty();
        AmlJson.Serialize(second.Case!).ShouldBe(written);
        written.ShouldContain("\"allelicRatio\": 0.5");
        written.ShouldContain("\"longitude\": 2.36");
        written.ShouldNotContain("inputWarnings");
    }
}
