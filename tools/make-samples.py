#!/usr/bin/env python3
"""Writes samples/cases/*.json and samples/cases.ndjson (synthetic cases; no real patient data).

Run from the repository root: python3 tools/make-samples.py
The NDJSON file holds every sample on one line each, plus one deliberately bad line (line 8) for the batch demo.
"""
import json, os

PANEL = ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "CEBPA", "RUNX1", "ASXL1", "KIT", "DNMT3A", "TET2", "NRAS", "KRAS",
         "SRSF2", "SF3B1", "U2AF1", "ZRSR2", "BCOR", "EZH2", "STAG2", "WT1", "PTPN11", "KMT2A"]

def therapy(regimen, agents, intent, intensity, start, end=None, best=None, rdate=None):
    t = {"regimen": regimen, "agents": agents, "intent": intent, "intensity": intensity, "start": start}
    if end: t["end"] = end
    if best: t["response"] = {"best": best, "date": rdate} if rdate else {"best": best}
    return t

def labs(date, wbc, anc, plt, hb, crcl, bili=0.7, ast=0.9, alt=0.8, lvef=60, qtc=430):
    return {"date": date, "wbc": wbc, "anc": anc, "platelets": plt, "hemoglobin": hb, "creatinineClearance": crcl,
            "bilirubinUln": bili, "astUln": ast, "altUln": alt, "lvef": lvef, "qtcMs": qtc}

S = []

S.append({
  "id": "npm1-flt3itd-late-relapse",
  "context": {"jurisdiction": "US"},
  "patient": {"ageAtDiagnosis": 58, "sex": "female", "ecog": 1, "weightKg": 72, "heightCm": 168, "comorbidities": ["diabetes"], "hctCi": 1},
  "diagnosis": {"date": "2023-02-01", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.42}, {"gene": "FLT3", "type": "ITD", "allelicRatio": 0.7}],
      "fusions": [], "testedGenes": ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "CEBPA", "RUNX1", "ASXL1", "KIT"]}},
  "therapies": [
      therapy("7+3 + midostaurin", ["cytarabine", "daunorubicin", "midostaurin"], "induction", "intensive", "2023-02-03", best="CR", rdate="2023-03-10"),
      therapy("HiDAC", ["cytarabine"], "consolidation", "intensive", "2023-04-01", end="2023-07-15")],
  "transplants": [], "donorSearch": {"hlaTyped": False},
  "relapse": {"date": "2024-07-20", "marrowBlastPercent": 38, "bloodBlastPercent": 12, "extramedullarySites": [], "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.40}, {"gene": "FLT3", "type": "ITD", "allelicRatio": 0.9}],
      "testedGenes": ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "KMT2A"], "cd33Positive": True}},
  "labs": labs("2024-07-20", 14.2, 0.6, 31, 8.4, 88, 0.8, 1.1, 0.9, 60, 431),
  "medications": [{"name": "posaconazole"}],
  "preferences": {"priorities": ["length-of-life"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "02115"}})

S.append({
  "id": "flt3itd-early-relapse",
  "patient": {"ageAtDiagnosis": 45, "sex": "male", "ecog": 1, "weightKg": 84, "heightCm": 181, "hctCi": 0},
  "diagnosis": {"date": "2025-09-02", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "FLT3", "type": "ITD", "allelicRatio": 0.8}, {"gene": "DNMT3A", "notation": "p.R882H", "vaf": 0.44}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3 + midostaurin", ["cytarabine", "daunorubicin", "midostaurin"], "induction", "intensive", "2025-09-04", best="CR", rdate="2025-10-08"),
      therapy("HiDAC + midostaurin", ["cytarabine", "midostaurin"], "consolidation", "intensive", "2025-10-28", end="2026-01-20")],
  "donorSearch": {"hlaTyped": True, "donor": "matched-unrelated"},
  "relapse": {"date": "2026-03-20", "marrowBlastPercent": 62, "bloodBlastPercent": 35, "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "FLT3", "type": "ITD", "allelicRatio": 1.2}, {"gene": "DNMT3A", "notation": "p.R882H", "vaf": 0.46}],
      "testedGenes": PANEL, "cd33Positive": True}},
  "labs": labs("2026-03-20", 48.5, 0.9, 22, 7.9, 105),
  "preferences": {"priorities": ["cure"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "77030"}})

S.append({
  "id": "idh1-late-relapse",
  "patient": {"ageAtDiagnosis": 67, "sex": "female", "ecog": 1, "weightKg": 61, "heightCm": 160, "comorbidities": ["obesity"], "hctCi": 1},
  "diagnosis": {"date": "2024-05-10", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "IDH1", "notation": "p.R132H", "vaf": 0.38}, {"gene": "SRSF2", "notation": "p.P95H", "vaf": 0.41}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3", ["cytarabine", "daunorubicin"], "induction", "intensive", "2024-05-13", best="CR", rdate="2024-06-20"),
      therapy("intermediate-dose cytarabine", ["cytarabine"], "consolidation", "intensive", "2024-07-08", end="2024-09-30")],
  "relapse": {"date": "2025-09-15", "marrowBlastPercent": 27, "bloodBlastPercent": 4, "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "IDH1", "notation": "p.R132H", "vaf": 0.35}, {"gene": "SRSF2", "notation": "p.P95H", "vaf": 0.40}],
      "testedGenes": PANEL, "cd33Positive": False}},
  "labs": labs("2025-09-15", 3.1, 0.7, 58, 9.6, 71, qtc=448),
  "preferences": {"priorities": ["length-of-life", "time-at-home"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "55905"}})

S.append({
  "id": "idh2-relapse-after-venetoclax",
  "patient": {"ageAtDiagnosis": 71, "sex": "male", "ecog": 1, "weightKg": 79, "heightCm": 175, "comorbidities": ["arrhythmia", "diabetes"], "hctCi": 2},
  "diagnosis": {"date": "2024-10-01", "amlType": "secondary", "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "IDH2", "notation": "p.R140Q", "vaf": 0.43}, {"gene": "SRSF2", "notation": "p.P95L", "vaf": 0.45}, {"gene": "ASXL1", "notation": "p.G646Wfs*12", "vaf": 0.39}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("venetoclax + azacitidine", ["venetoclax", "azacitidine"], "induction", "non-intensive", "2024-10-07", end="2026-03-15", best="CRi", rdate="2025-01-10")],
  "relapse": {"date": "2026-04-02", "marrowBlastPercent": 34, "bloodBlastPercent": 9, "genetics": {
      "variants": [{"gene": "IDH2", "notation": "p.R140Q", "vaf": 0.41}, {"gene": "SRSF2", "notation": "p.P95L", "vaf": 0.44}, {"gene": "ASXL1", "notation": "p.G646Wfs*12", "vaf": 0.40},
                   {"gene": "NRAS", "notation": "p.G12D", "vaf": 0.12}],
      "testedGenes": PANEL}},
  "labs": labs("2026-04-02", 6.8, 0.8, 41, 8.8, 58, qtc=452),
  "preferences": {"priorities": ["quality-of-life", "length-of-life"], "transplantWilling": False},
  "location": {"country": "US", "postalCode": "33612"}})

S.append({
  "id": "kmt2a-relapse-after-transplant",
  "patient": {"ageAtDiagnosis": 38, "sex": "female", "ecog": 1, "weightKg": 66, "heightCm": 171, "hctCi": 0},
  "diagnosis": {"date": "2023-11-15", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XX,t(9;11)(p21.3;q23.3)[18]/46,XX[2]",
      "variants": [{"gene": "NRAS", "notation": "p.Q61K", "vaf": 0.21}],
      "fusions": ["MLL::MLLT3"], "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3", ["cytarabine", "daunorubicin"], "induction", "intensive", "2023-11-17", best="CR", rdate="2023-12-28"),
      therapy("HiDAC", ["cytarabine"], "consolidation", "intensive", "2024-01-22", end="2024-02-26")],
  "transplants": [{"type": "allogeneic", "date": "2024-04-10", "donor": "matched-unrelated", "conditioning": "MAC", "gvhd": "chronic"}],
  "relapse": {"date": "2025-06-05", "marrowBlastPercent": 45, "bloodBlastPercent": 20, "genetics": {
      "karyotype": "46,XX,t(9;11)(p21.3;q23.3)[20]",
      "fusions": ["KMT2A::MLLT3"], "variants": [{"gene": "KRAS", "notation": "p.G13D", "vaf": 0.18}],
      "testedGenes": PANEL, "cd33Positive": True}},
  "labs": labs("2025-06-05", 22.0, 1.1, 44, 9.2, 112),
  "medications": [{"name": "tacrolimus"}, {"name": "posaconazole"}],
  "preferences": {"priorities": ["cure"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "98109"}})

S.append({
  "id": "cbf-t821-late-relapse",
  "patient": {"ageAtDiagnosis": 52, "sex": "male", "ecog": 0, "weightKg": 88, "heightCm": 183, "hctCi": 0},
  "diagnosis": {"date": "2023-03-01", "amlType": "de-novo", "genetics": {
      "karyotype": "45,X,-Y,t(8;21)(q22;q22.1)[17]/46,XY[3]",
      "variants": [{"gene": "KIT", "notation": "p.D816V", "vaf": 0.30}],
      "fusions": ["RUNX1::RUNX1T1"], "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3 + gemtuzumab ozogamicin", ["cytarabine", "daunorubicin", "gemtuzumab ozogamicin"], "induction", "intensive", "2023-03-03", best="CR", rdate="2023-04-05"),
      therapy("HiDAC x3", ["cytarabine"], "consolidation", "intensive", "2023-04-24", end="2023-08-10")],
  "relapse": {"date": "2025-01-10", "marrowBlastPercent": 31, "bloodBlastPercent": 6, "genetics": {
      "karyotype": "45,X,-Y,t(8;21)(q22;q22.1)[20]",
      "variants": [{"gene": "KIT", "notation": "p.D816V", "vaf": 0.33}],
      "fusions": ["RUNX1::RUNX1T1"], "testedGenes": PANEL, "cd33Positive": True}},
  "labs": labs("2025-01-10", 9.4, 1.4, 67, 10.1, 120),
  "preferences": {"priorities": ["cure"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "10065"}})

S.append({
  "id": "tp53-complex-primary-refractory",
  "patient": {"ageAtDiagnosis": 61, "sex": "male", "ecog": 1, "weightKg": 77, "heightCm": 176, "comorbidities": ["pulmonary-moderate"], "hctCi": 2},
  "diagnosis": {"date": "2025-06-03", "amlType": "therapy-related", "genetics": {
      "karyotype": "45,XY,-5,-7,+8,del(17)(p13)[15]/46,XY[5]",
      "variants": [{"gene": "TP53", "notation": "p.R248Q", "vaf": 0.62}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3", ["cytarabine", "daunorubicin"], "induction", "intensive", "2025-06-05", best="NR", rdate="2025-07-08"),
      therapy("FLAG-Ida", ["fludarabine", "cytarabine", "idarubicin", "filgrastim"], "re-induction", "intensive", "2025-07-21", best="PR", rdate="2025-08-25")],
  "donorSearch": {"hlaTyped": True, "donor": "haploidentical"},
  "labs": labs("2025-08-25", 1.9, 0.3, 18, 8.1, 84, lvef=55),
  "preferences": {"priorities": ["length-of-life", "quality-of-life"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "60611"}})

S.append({
  "id": "unfit-elderly-relapse-after-ven-aza",
  "patient": {"ageAtDiagnosis": 79, "sex": "female", "ecog": 2, "weightKg": 58, "heightCm": 157,
              "comorbidities": ["cardiac", "arrhythmia", "renal-moderate-severe", "diabetes"], "hctCi": 5},
  "diagnosis": {"date": "2024-08-20", "amlType": "secondary", "genetics": {
      "karyotype": "46,XX,del(20)(q11.2)[12]/46,XX[8]",
      "variants": [{"gene": "ASXL1", "notation": "p.E635Rfs*15", "vaf": 0.36}, {"gene": "RUNX1", "notation": "p.R201Q", "vaf": 0.31}, {"gene": "TET2", "notation": "p.Q1274*", "vaf": 0.44}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("venetoclax + azacitidine", ["venetoclax", "azacitidine"], "induction", "non-intensive", "2024-08-26", end="2026-01-30", best="CRi", rdate="2024-11-05")],
  "relapse": {"date": "2026-02-11", "marrowBlastPercent": 24, "bloodBlastPercent": 3, "genetics": {
      "variants": [{"gene": "ASXL1", "notation": "p.E635Rfs*15", "vaf": 0.37}, {"gene": "RUNX1", "notation": "p.R201Q", "vaf": 0.33}, {"gene": "TET2", "notation": "p.Q1274*", "vaf": 0.45},
                   {"gene": "PTPN11", "notation": "p.E76K", "vaf": 0.09}],
      "testedGenes": PANEL}},
  "labs": labs("2026-02-11", 2.4, 0.5, 38, 8.6, 36, bili=1.1, lvef=45, qtc=468),
  "medications": [{"name": "amiodarone"}, {"name": "apixaban"}, {"name": "posaconazole"}],
  "preferences": {"priorities": ["quality-of-life", "time-at-home", "avoid-hospital"], "transplantWilling": False},
  "location": {"country": "US", "postalCode": "85259"}})

S.append({
  "id": "second-relapse-after-transplant",
  "patient": {"ageAtDiagnosis": 49, "sex": "male", "ecog": 1, "weightKg": 90, "heightCm": 185, "hctCi": 1, "comorbidities": ["psychiatric"]},
  "diagnosis": {"date": "2022-01-10", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "NPM1", "notation": "c.863_864insTCTG", "vaf": 0.39}, {"gene": "DNMT3A", "notation": "p.R882C", "vaf": 0.45}, {"gene": "IDH2", "notation": "p.R140Q", "vaf": 0.37}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3", ["cytarabine", "daunorubicin"], "induction", "intensive", "2022-01-12", best="CR", rdate="2022-02-20"),
      therapy("HiDAC", ["cytarabine"], "consolidation", "intensive", "2022-03-14", end="2022-06-30"),
      therapy("FLAG-Ida", ["fludarabine", "cytarabine", "idarubicin", "filgrastim"], "salvage", "intensive", "2023-05-02", best="CR", rdate="2023-06-10")],
  "transplants": [{"type": "allogeneic", "date": "2023-08-15", "donor": "haploidentical", "conditioning": "RIC", "gvhd": "none"}],
  "relapse": {"date": "2026-05-20", "number": 2, "marrowBlastPercent": 22, "bloodBlastPercent": 5, "genetics": {
      "variants": [{"gene": "NPM1", "notation": "c.863_864insTCTG", "vaf": 0.35}, {"gene": "DNMT3A", "notation": "p.R882C", "vaf": 0.44}, {"gene": "IDH2", "notation": "p.R140Q", "vaf": 0.33}],
      "testedGenes": PANEL, "cd33Positive": True}},
  "labs": labs("2026-05-20", 4.2, 1.2, 71, 10.4, 98),
  "preferences": {"priorities": ["length-of-life"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "27710"}})

S.append({
  "id": "cns-extramedullary-relapse",
  "patient": {"ageAtDiagnosis": 34, "sex": "female", "ecog": 1, "weightKg": 63, "heightCm": 166, "hctCi": 0},
  "diagnosis": {"date": "2024-02-12", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.45}, {"gene": "FLT3", "type": "ITD", "allelicRatio": 0.3}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3 + midostaurin", ["cytarabine", "daunorubicin", "midostaurin"], "induction", "intensive", "2024-02-14", best="CR", rdate="2024-03-25"),
      therapy("HiDAC + midostaurin", ["cytarabine", "midostaurin"], "consolidation", "intensive", "2024-04-15", end="2024-08-01")],
  "relapse": {"date": "2025-10-30", "marrowBlastPercent": 2, "bloodBlastPercent": 0, "extramedullarySites": ["CNS"], "genetics": {
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.03}], "testedGenes": ["NPM1", "FLT3"]}},
  "labs": labs("2025-10-30", 5.6, 3.1, 182, 12.3, 115),
  "preferences": {"priorities": ["cure"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "94143"}})

S.append({
  "id": "mostly-missing-referral",
  "patient": {"ageAtDiagnosis": 63},
  "relapse": {"date": "2026-10-01"}})

S.append({
  "id": "eu-flt3-tkd-relapse",
  "context": {"jurisdiction": "EU"},
  "patient": {"ageAtDiagnosis": 56, "sex": "male", "ecog": 1, "weightKg": 81, "heightCm": 179, "hctCi": 1, "comorbidities": ["infection"]},
  "diagnosis": {"date": "2024-04-08", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.41}, {"gene": "FLT3", "type": "TKD", "notation": "p.D835Y", "vaf": 0.18}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3 + Midostaurin (Universitätsklinikum Ulm)", ["cytarabine", "daunorubicin", "midostaurin"], "induction", "intensive", "2024-04-10", best="CR", rdate="2024-05-16"),
      therapy("HiDAC", ["cytarabine"], "consolidation", "intensive", "2024-06-03", end="2024-09-20")],
  "donorSearch": {"hlaTyped": True, "donor": "matched-sibling"},
  "relapse": {"date": "2025-12-04", "marrowBlastPercent": 41, "bloodBlastPercent": 15, "genetics": {
      "karyotype": "46,XY[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.43}, {"gene": "FLT3", "type": "TKD", "notation": "p.D835Y", "vaf": 0.24}],
      "testedGenes": PANEL, "cd33Positive": True}},
  "labs": labs("2025-12-04", 18.3, 0.7, 29, 8.2, 92),
  "preferences": {"priorities": ["cure", "length-of-life"], "transplantWilling": True},
  "location": {"country": "DE", "postalCode": "89081"}})

S.append({
  "id": "npm1-molecular-relapse",
  "patient": {"ageAtDiagnosis": 44, "sex": "female", "ecog": 0, "weightKg": 70, "heightCm": 172, "hctCi": 0},
  "diagnosis": {"date": "2024-09-16", "amlType": "de-novo", "genetics": {
      "karyotype": "46,XX[20]",
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.40}, {"gene": "TET2", "notation": "p.R1452*", "vaf": 0.38}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("7+3", ["cytarabine", "daunorubicin"], "induction", "intensive", "2024-09-18", best="CR", rdate="2024-10-24"),
      therapy("HiDAC", ["cytarabine"], "consolidation", "intensive", "2024-11-12", end="2025-03-05")],
  "relapse": {"date": "2026-09-01", "marrowBlastPercent": 2, "bloodBlastPercent": 0, "molecularOnly": True, "genetics": {
      "variants": [{"gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.004}], "testedGenes": ["NPM1"]}},
  "labs": labs("2026-09-01", 5.1, 2.9, 204, 13.1, 118),
  "preferences": {"priorities": ["cure"], "transplantWilling": True},
  "location": {"country": "US", "postalCode": "21287"}})

S.append({
  "id": "no-remission-after-ven-aza",
  "patient": {"ageAtDiagnosis": 81, "sex": "male", "ecog": 2, "weightKg": 70, "heightCm": 170, "comorbidities": ["heart-failure", "diabetes"], "hctCi": 2},
  "diagnosis": {"date": "2026-03-02", "amlType": "secondary", "genetics": {
      "karyotype": "47,XY,+8[14]/46,XY[6]",
      "variants": [{"gene": "RUNX1", "notation": "p.D198N", "vaf": 0.40}, {"gene": "SRSF2", "notation": "p.P95R", "vaf": 0.43}],
      "testedGenes": PANEL}},
  "therapies": [
      therapy("venetoclax + azacitidine (4 cycles)", ["venetoclax", "azacitidine"], "induction", "non-intensive", "2026-03-09", end="2026-07-10", best="NR", rdate="2026-07-14")],
  "labs": labs("2026-07-14", 3.5, 0.4, 15, 7.8, 44, lvef=40, qtc=476),
  "preferences": {"priorities": ["time-at-home", "quality-of-life"], "transplantWilling": False},
  "location": {"country": "US", "postalCode": "48109"}})

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
os.makedirs(os.path.join(root, "cases"), exist_ok=True)
for c in S:
    with open(os.path.join(root, "cases", c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, indent=2, ensure_ascii=False)
        f.write("\n")

lines = [json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in S]
# Line 8: a deliberately bad case (VAF written as a percent, a misspelt field, a relapse before the diagnosis).
bad = {"id": "bad-line-demo", "patient": {"ageAtDiagnosis": 70, "ecgo": 1},
       "diagnosis": {"date": "2025-05-01", "genetics": {"variants": [{"gene": "FLT3", "type": "ITD", "vaf": 42}]}},
       "relapse": {"date": "2025-01-01"}}
lines.insert(7, json.dumps(bad, separators=(",", ":")))
with open(os.path.join(root, "cases.ndjson"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(S)} samples, {len(lines)} NDJSON lines")
