using System.Collections.Immutable;
using System.Text.Json;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Reports.Documents;

namespace AmlNavigator.Reports.Patient;

/// <summary>
/// The patient's plain-language summary for a shared decision (IPDAS qualifying criteria: the condition, the decision,
/// the options with their good and hard points and what each is like, in equal detail). Reading grade ≤ 8 by
/// Flesch–Kincaid (<see cref="Readability"/>), checked by a test on every sample case. See docs/reports/patient-summary.md.
/// </summary>
public static class PatientSummary
{
    public static ReportDocument Build(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Build(AmlJson.Serialize(assessment), knowledge, patientCase);
    }

    /// <summary>Builds the summary from an assessment's JSON as stored.</summary>
    public static ReportDocument Build(string assessmentJson, KnowledgeBase knowledge, PatientCase? patientCase = null)
    {
        ArgumentNullException.ThrowIfNull(assessmentJson);
        ArgumentNullException.ThrowIfNull(knowledge);
        using JsonDocument json = JsonDocument.Parse(assessmentJson);
        JsonElement root = json.RootElement;
        string asOf = Str(root, "asOf") ?? "unknown date";
        string kbVersion = Str(Get(root, "knowledgeBase"), "version") ?? "unknown";
        DocumentBuilder doc = new(knowledge);

        doc.Add(new Block.Notice("info", [new Inline.Text(
            "This summary is for you and your care team. It can help you talk about your choices. It does not make a choice for you. " +
            "Your team checks each point with you.")]));

        doc.Heading(1, "What has happened");
        foreach (string line in WhatHappened(root))
        {
            // Early versus late relapse and what it means for treatment: Thol 2015 (clinical-facts §2).
            bool timing = line.Contains("relapse. A", StringComparison.Ordinal);
            doc.Add(new Block.Paragraph(timing && doc.IsCitation("status-thol2015")
                ? [new Inline.Text(line), new Inline.Cite("status-thol2015")]
                : [new Inline.Text(line)]));
        }

        doc.Heading(1, "Why leukemia can come back");
        doc.Paragraph("Treatment can kill most leukemia cells. But it is hard to get every last one. These are the main reasons it can come back:");
        doc.Bullets([
            "A few cells were left. They were too few to see on tests, and they grew back.",
            "Some cells did not respond to the drugs. This is called drug resistance.",
            "The cells changed. New changes in their genes can help them grow or dodge a drug.",
            "Some cells hid in places the drugs did not reach well, such as the brain or skin.",
        ]);
        doc.Paragraph("None of this means you or your team did something wrong.");

        doc.Heading(1, "What your tests show");
        foreach (string line in WhatTestsShow(root))
        {
            doc.Paragraph(line);
        }

        doc.Heading(1, "Choices to talk about");
        doc.Paragraph("Here are the choices that may fit you. Each one has good points and hard points. " +
            "What matters most to you is part of the choice. You can ask about any of them.");
        Choices(doc, root, patientCase);

        doc.Heading(1, "What we do not know yet");
        Unknowns(doc, root);

        doc.Heading(1, "Questions to ask your team");
        doc.Bullets([
            "Which choice do you think fits me best, and why?",
            "What is the goal of each choice? Is it to cure, to control, or to help me feel better?",
            "How would each choice change my days, my time in the hospital, and my time at home?",
            "What side effects are most likely? What can we do about them?",
            "Is there a study I could join? Where is it?",
            "Could a stem cell transplant be a choice for me?",
            "Which tests are still missing? When will we have the results?",
            "How much time do I have to decide?",
        ]);

        doc.Heading(1, "About this summary");
        doc.Paragraph($"It was made on {asOf}. It uses version {kbVersion} of our list of medical facts and sources.");
        doc.Paragraph("Medical facts change as new studies come out. Ask your team if there is a newer version.");
        doc.Paragraph("It uses only the facts in your record. If a fact is missing, we say so. We do not guess.");
        doc.Paragraph("No drug maker paid for this summary.");
        doc.Add(new Block.Notice("info", [new Inline.Text(
            "This summary supports your talks with your team. It does not replace them. Your team makes the plan with you.")]));

        return doc.Build("Your leukemia care: a summary to talk about with your team",
            $"Made {asOf} · knowledge base version {kbVersion}", "patient");
    }

    public static string RenderHtml(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null) =>
        HtmlRenderer.Render(Build(assessment, knowledge, patientCase));

    public static byte[] RenderPdf(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null) =>
        Pdf.PdfRenderer.Render(Build(assessment, knowledge, patientCase), assessment.AsOf);

    private static IEnumerable<string> WhatHappened(JsonElement root)
    {
        JsonElement status = Get(root, "diseaseStatus");
        string? category = Str(status, "category");
        yield return category switch
        {
            "first-relapse" => "Your leukemia has come back after treatment. Doctors call this a relapse.",
            "second-or-later-relapse" => "Your leukemia has come back more than once. Doctors call this a second or later relapse.",
            "primary-refractory" => "Your leukemia did not go away with the first treatment. Doctors call this refractory leukemia.",
            "no-relapse-recorded" => "Your record does not show that the leukemia has come back.",
            _ => "We could not tell from your record if the leukemia has come back. Your team can check this.",
        };
        if (category is "first-relapse" or "second-or-later-relapse")
        {
            yield return Str(status, "relapseTiming") switch
            {
                "late" => "It came back more than six months after the first treatment worked. Doctors call this a late relapse. A late relapse often responds better to treatment than an early one.",
                "early" => "It came back less than six months after the first treatment worked. Doctors call this an early relapse. An early relapse can be harder to treat.",
                _ => "We do not know how long the first treatment kept it away. Some dates are missing.",
            };
        }

        if (Get(status, "afterAllogeneicTransplant").ValueKind == JsonValueKind.True)
        {
            yield return "It came back after a stem cell transplant from a donor.";
        }

        JsonElement sites = Get(status, "extramedullary");
        if (sites.ValueKind == JsonValueKind.Array && sites.GetArrayLength() > 0)
        {
            yield return $"It was also found outside the bone marrow, in: {string.Join(", ", sites.EnumerateArray().Select(s => s.GetString()))}.";
        }
    }

    private static IEnumerable<string> WhatTestsShow(JsonElement root)
    {
        string? group = Str(Get(Get(root, "risk"), "eln2022"), "group");
        yield return group switch
        {
            "favorable" => "Doctors sort leukemia into risk groups with a guide called ELN 2022. By this guide, your leukemia is in the lower-risk group.",
            "intermediate" => "Doctors sort leukemia into risk groups with a guide called ELN 2022. By this guide, your leukemia is in the middle-risk group.",
            "adverse" => "Doctors sort leukemia into risk groups with a guide called ELN 2022. By this guide, your leukemia is in the higher-risk group. This means it can be harder to treat.",
            _ => "Doctors sort leukemia into risk groups with a guide called ELN 2022. We cannot tell your group yet, because some test results are missing.",
        };

        JsonElement genetics = Get(root, "genetics");
        JsonElement changes = Get(genetics, "changes");
        if (changes.ValueKind == JsonValueKind.Array && changes.GetArrayLength() > 0)
        {
            foreach (JsonElement change in changes.EnumerateArray())
            {
                string finding = Str(change, "finding") ?? "a gene change";
                yield return Str(change, "change") switch
                {
                    "gained" => $"A new change was found since your first tests: {finding}.",
                    "lost" => $"A change seen at first was not found this time: {finding}.",
                    "persistent" => $"A change seen at first is still there: {finding}.",
                    _ => $"We cannot compare this change over time: {finding}.",
                };
            }
        }

        JsonElement actionable = Get(genetics, "actionable");
        if (actionable.ValueKind == JsonValueKind.Array && actionable.GetArrayLength() > 0)
        {
            foreach (JsonElement a in actionable.EnumerateArray())
            {
                yield return $"Your leukemia cells have a change in {Str(a, "target") ?? Str(a, "finding") ?? "a gene"}. There are drugs made to act on this change.";
            }
        }
        else
        {
            yield return "Gene tests look for changes in the leukemia cells. Some changes have drugs made for them. Your team will tell you if any were found.";
        }
    }

    /// <summary>What each kind of choice is like, in equal detail (IPDAS): what it is, what it involves, good and hard points.</summary>
    private sealed record ChoiceText(string Kind, string What, string Involves, string Good, string Hard);

    private static readonly ChoiceText Targeted = new("targeted",
        "A drug made to act on one change in the leukemia cells.",
        "It is often a pill you take each day at home. You have blood tests and visits often.",
        "It aims at your own leukemia's change. It is often milder than strong chemo.",
        "It does not work for everyone. It can have side effects. Some need heart checks.");

    private static readonly ChoiceText LowIntensity = new("low-intensity",
        "Milder chemo, often given with a second drug.",
        "You get shots or a drip for a few days each month. Much of it can be done as an outpatient.",
        "It is easier on the body than strong chemo. It can keep the leukemia down for a time.",
        "Blood counts can drop, so infections are a risk. You need many clinic visits.");

    private static readonly ChoiceText Intensive = new("intensive",
        "Strong chemo to try to clear the leukemia from the bone marrow.",
        "You stay in the hospital for about four to six weeks.",
        "It may clear the leukemia. That can lead to a stem cell transplant.",
        "It is hard on the body. Infections, tiredness, and a long hospital stay are common.");

    private static readonly ChoiceText Transplant = new("transplant",
        "Blood-making cells from a donor replace your own. The new cells can fight the leukemia.",
        "You first need a donor and often chemo to clear the leukemia. You stay in the hospital for weeks. Full recovery can take a year.",
        "It gives the best chance of a long-term cure for many people.",
        "It has serious risks. The donor cells can attack your body. This is called graft-versus-host disease.");

    private static readonly ChoiceText Trial = new("trial",
        "A research study that tests a new drug or a new way to treat leukemia.",
        "You sign up if you fit the study's rules. You have extra tests and visits. You can leave at any time.",
        "You may get a new drug that is not yet widely used. You help future patients.",
        "The new drug may not work better. There may be side effects we do not know yet. The study may be far from home.");

    private static readonly ChoiceText Supportive = new("supportive",
        "Care to ease symptoms and prevent problems, such as blood transfusions and drugs to stop infection.",
        "You get it along with any other choice, or on its own.",
        "It can help you feel better and stay safer. It can mean more time at home.",
        "On its own, it does not treat the leukemia. The leukemia will grow over time.");

    private static readonly ChoiceText Palliative = new("palliative",
        "Care from a team that helps with pain, other symptoms, stress, and planning ahead.",
        "You can have it at any time, along with treatment. It can be at home, in a clinic, or in the hospital.",
        "It helps you and your family live as well as you can. It puts your wishes first.",
        "On its own, it does not treat the leukemia. Some people find it hard to talk about.");

    private static ChoiceText TextFor(string id, string category)
    {
        string key = (id + " " + category).ToLowerInvariant();
        bool Has(string s) => key.Contains(s, StringComparison.Ordinal);
        return Has("palliative") ? Palliative
            : Has("supportive") ? Supportive
            : Has("trial") ? Trial
            : Has("transplant") || Has("lymphocyte") ? Transplant
            : Has("flag") || Has("mec") || Has("clag") || Has("hidac") || Has("intensive-chemo") || Has("intensive chemo") || category == "intensive" ? Intensive
            : Has("venetoclax") || Has("azacitidine") || Has("decitabine") || Has("low-dose") || Has("low-intensity") || Has("non-intensive") ? LowIntensity
            : Targeted;
    }

    private static void Choices(DocumentBuilder doc, JsonElement root, PatientCase? patientCase)
    {
        JsonElement options = Get(root, "options");
        List<(string Name, string Fit, ChoiceText Text, string? Citation)> shown = [];
        List<string> notNow = [];
        if (options.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement o in options.EnumerateArray())
            {
                string name = Str(o, "name") ?? Str(o, "id") ?? "a treatment";
                string? fit = Str(o, "suitability") switch
                {
                    "recommended" => "Your team may want to talk about this one first.",
                    "consider" => "This may fit you.",
                    "needs-information" => "This may fit you, but some tests are needed first.",
                    _ => null,
                };
                if (fit is null)
                {
                    notNow.Add(name);
                    continue;
                }

                JsonElement reasons = Get(o, "reasons");
                string? cite = reasons.ValueKind == JsonValueKind.Array
                    ? reasons.EnumerateArray().Select(r => Str(r, "citation")).FirstOrDefault(c => c is not null && doc.IsCitation(c))
                    : null;
                shown.Add((name, fit, TextFor(Str(o, "id") ?? "", Str(o, "category") ?? ""), cite));
            }
        }

        // One section per kind of choice, each with the same four parts (IPDAS equal detail). Trials, transplant,
        // supportive and palliative care are always described, also when the engine did not list them.
        (string Kind, string Title, ChoiceText Text)[] kinds =
        [
            ("targeted", "A drug aimed at a gene change", Targeted),
            ("low-intensity", "Milder chemo", LowIntensity),
            ("intensive", "Strong chemo", Intensive),
            ("transplant", "A stem cell transplant", Transplant),
            ("trial", "Joining a clinical trial", Trial),
            ("supportive", "Supportive care", Supportive),
            ("palliative", "Palliative care", Palliative),
        ];
        foreach ((string kind, string title, ChoiceText text) in kinds)
        {
            var ofKind = shown.Where(s => s.Text.Kind == kind).ToList();
            if (ofKind.Count == 0 && kind is "targeted" or "low-intensity" or "intensive")
            {
                continue;
            }

            doc.Heading(2, title);
            if (ofKind.Count == 0)
            {
                string fit = kind switch
                {
                    "trial" => "Ask your team if there is a study that fits you.",
                    "transplant" => patientCase?.Preferences?.TransplantWilling == false
                        ? "You said you do not want a transplant. You can change your mind at any time."
                        : "Ask your team if this could fit you.",
                    _ => "This is open to everyone, along with other choices or on its own.",
                };
                List<Inline> line = [new Inline.Text(fit, Strong: true)];
                if (kind == "transplant" && doc.IsCitation("eln2022"))
                {
                    // Transplant as the curative option in R/R AML: ELN 2022 recommendations.
                    line.Add(new Inline.Cite("eln2022"));
                }

                doc.Add(new Block.Paragraph([.. line]));
            }
            else
            {
                doc.Add(new Block.BulletList([.. ofKind.Select(o =>
                {
                    List<Inline> item = [new Inline.Text(o.Name + ": ", Strong: true), new Inline.Text(o.Fit)];
                    if (o.Citation is not null)
                    {
                        item.Add(new Inline.Cite(o.Citation));
                    }

                    return item.ToImmutableArray();
                })]));
            }

            doc.Add(new Block.Definitions([
                new Definition("What it is", [new Inline.Text(text.What)]),
                new Definition("What it involves", [new Inline.Text(text.Involves)]),
                new Definition("Good points", [new Inline.Text(text.Good)]),
                new Definition("Hard points", [new Inline.Text(text.Hard)]),
            ]));
        }

        if (notNow.Count > 0)
        {
            doc.Heading(2, "Choices that may not fit right now");
            doc.Paragraph($"Your team's tools found reasons these may not fit you now: {string.Join(", ", notNow)}. Ask your team why. Things can change.");
        }
    }

    private static void Unknowns(DocumentBuilder doc, JsonElement root)
    {
        JsonElement missing = Get(root, "missingInformation");
        if (missing.ValueKind != JsonValueKind.Array || missing.GetArrayLength() == 0)
        {
            doc.Paragraph("Your record did not show any missing facts that change these choices. Your team may still want more tests.");
            return;
        }

        doc.Paragraph("Some facts are not in your record yet. A missing fact is not good news or bad news. It is just not known. " +
            "These facts could change which choices fit you:");
        doc.Add(new Block.BulletList([.. missing.EnumerateArray().Select(m =>
            ImmutableArray.Create<Inline>(new Inline.Text((Str(m, "item") ?? Str(m, "code") ?? "a fact").TrimEnd('.') + ".")))]));
        doc.Paragraph("Your team can tell you which of these they plan to check, and when.");
    }

    private static JsonElement Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) ? v : default;

    private static string? Str(JsonElement obj, string name) =>
        Get(obj, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
