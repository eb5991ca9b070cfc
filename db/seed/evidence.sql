-- SPDX-License-Identifier: MIT
-- Bundled evidence for thymosin alpha-1 in liver disease: the review article ('doc') and the
-- primary publications its figures were checked against (primary-sources.md). Every number
-- is backed by a verbatim quote through provenance; NULL means "not reported". Primary-source
-- facts are added beside the document's figures, never replacing them; differences are caveats.
-- Runs after vocabulary.sql in one transaction with deferred foreign keys.

-- ===========================================================================
-- Sources
-- ===========================================================================
INSERT INTO source (id, kind, citation, title, year, doi, pmid, notes, origin) VALUES
    ('doc', 'review_article',
     'Thymosin Alpha-1 for Liver Health: What the Research Says. Review article; author, '
     || 'publisher and year not given.',
     'Thymosin Alpha-1 for Liver Health: What the Research Says', NULL, NULL, NULL,
     'Bundled verbatim as db/seed/source-document.txt. Names no references.', 'bundled');
INSERT INTO source (id, kind, citation, title, year, doi, pmid, notes, origin) VALUES
    ('iino-2005', 'primary_publication',
     'Iino S, Toyota J, Kumada H, et al. The efficacy and safety of thymosin alpha-1 in Japanese '
     || 'patients with chronic hepatitis B; results from a randomized clinical trial. '
     || 'J Viral Hepat 2005;12(3):300-306.',
     'The efficacy and safety of thymosin alpha-1 in Japanese patients with chronic hepatitis B; '
     || 'results from a randomized clinical trial',
     2005, '10.1111/j.1365-2893.2005.00633.x', NULL,
     'Checked against the published abstract (summary in primary-sources.md).', 'bundled');
INSERT INTO source (id, kind, citation, title, year, doi, pmid, notes, origin) VALUES
    ('yang-2008', 'primary_publication',
     'Yang YF, Zhao W, Zhong YD, et al. Comparison of the efficacy of thymosin alpha-1 and '
     || 'interferon alpha in the treatment of chronic hepatitis B: a meta-analysis. '
     || 'Antiviral Res 2008;77(2):136-141.',
     'Comparison of the efficacy of thymosin alpha-1 and interferon alpha in the treatment of '
     || 'chronic hepatitis B: a meta-analysis',
     2008, '10.1016/j.antiviral.2007.10.014', NULL,
     'Checked against the published abstract (summary in primary-sources.md).', 'bundled');
INSERT INTO source (id, kind, citation, title, year, doi, pmid, notes, origin) VALUES
    ('you-2006', 'primary_publication',
     'You J, Zhuang L, Cheng HY, et al. Efficacy of thymosin alpha-1 and interferon alpha in '
     || 'treatment of chronic viral hepatitis B: a randomized controlled study. '
     || 'World J Gastroenterol 2006;12(41):6715-6721.',
     'Efficacy of thymosin alpha-1 and interferon alpha in treatment of chronic viral hepatitis B: '
     || 'a randomized controlled study',
     2006, '10.3748/wjg.v12.i41.6715', NULL,
     'Checked against the published abstract (summary in primary-sources.md). One trial of the '
     || 'kind pooled in Yang 2008; not stated to be one of its four trials.', 'bundled');

-- ===========================================================================
-- Quotes: the document (wording 'verbatim': sentences / bullet lines without the list marker)
-- ===========================================================================
-- Overview
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-peptide', 'doc',
     'Thymosin alpha-1 (Tα1), commonly marketed as Thymalfasin (Zadaxin), is a naturally occurring 28-amino acid peptide produced by the thymus gland.',
     'Overview', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-approved', 'doc',
     'It has been approved in over 35 countries as a therapeutic agent for chronic hepatitis B and C, making it one of the few peptide-based immunotherapies with established clinical use in liver disease.',
     'Overview', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-fda', 'doc',
     'While not approved by the US Food and Drug Administration, thymosin alpha-1 is widely available globally and remains the subject of ongoing clinical research into its effects on liver health.',
     'Overview', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-tier', 'doc',
     'The evidence for thymosin alpha-1 in liver disease is rated as Tier 3 (probable efficacy)—suggesting meaningful benefits supported by human research, but limited by moderate sample sizes, heterogeneous study designs, and insufficient large-scale head-to-head comparisons with modern antiviral therapies.',
     'Overview', 'verbatim', NULL, 'bundled');
-- Chronic Hepatitis B (Japanese trial; nucleos(t)ide analogue comparison)
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-jp-trial', 'doc',
     'The most robust evidence for thymosin alpha-1 comes from a randomized controlled trial in Japanese patients with chronic hepatitis B (n=316).',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-jp-regimen', 'doc',
     'Participants received monotherapy with thymosin alpha-1 at 1.6 mg twice weekly for 24 weeks, with follow-up assessments at 72 weeks.',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-jp-alt', 'doc',
     'ALT Normalization: 36.4% of patients achieved normalization of alanine aminotransferase (ALT), a marker of liver inflammation and hepatocyte damage',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-jp-hbvdna', 'doc',
     'HBV DNA Clearance: 30% of patients achieved viral load suppression to undetectable levels',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-jp-hbeag', 'doc',
     'HBeAg Seroconversion: 22.8% of patients showed HBeAg seroconversion, indicating immune clearance of the virus',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-na', 'doc',
     'For comparison, modern nucleos(t)ide analogs (such as entecavir or tenofovir) achieve HBV DNA suppression in 60–90% of patients, making them superior to thymosin alpha-1 monotherapy for direct viral suppression.',
     'Chronic Hepatitis B', 'verbatim', NULL, 'bundled');
-- Thymosin Alpha-1 vs. Interferon-Alpha
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-meta-design', 'doc',
     'A meta-analysis of four randomized controlled trials (n=199 total) compared thymosin alpha-1 directly to interferon-alpha, a cytokine therapy historically used for hepatitis B.',
     'Thymosin Alpha-1 vs. Interferon-Alpha', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-meta-virologic', 'doc',
     'Virologic Response: OR=0.62 (95% CI 0.35–1.10)—indicating thymosin alpha-1 was not superior to interferon-alpha at 6 months',
     'Thymosin Alpha-1 vs. Interferon-Alpha', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-meta-biochemical', 'doc',
     'Biochemical Response: OR=0.60 (95% CI 0.34–1.05)—similarly non-superior',
     'Thymosin Alpha-1 vs. Interferon-Alpha', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-meta-complete', 'doc',
     'Complete Response: OR=0.54 (95% CI 0.30–0.97)—thymosin alpha-1 showed numerically worse outcomes',
     'Thymosin Alpha-1 vs. Interferon-Alpha', 'verbatim', NULL, 'bundled');
-- Combination Therapy in Cirrhosis
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-cirr-trial', 'doc',
     'A larger randomized controlled trial (n=690) examined thymosin alpha-1 combined with entecavir in patients with HBV-related cirrhosis.',
     'Combination Therapy in Cirrhosis', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-cirr-response', 'doc',
     'Virologic and Biochemical Responses: Combination therapy showed similar viral suppression and ALT normalization compared to entecavir alone—neither group demonstrated significant superiority',
     'Combination Therapy in Cirrhosis', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-cirr-hcc', 'doc',
     'HCC Incidence: Combination therapy group: 1.7% HCC incidence; entecavir monotherapy group: 2.1% HCC incidence—the difference was not statistically significant',
     'Combination Therapy in Cirrhosis', 'verbatim', NULL, 'bundled');
-- Hepatocellular Carcinoma Post-Resection
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-hcc-study', 'doc',
     'The most compelling evidence for thymosin alpha-1 comes from a propensity score-matched observational study of 468 HCC patients who underwent curative surgical resection.',
     'Hepatocellular Carcinoma Post-Resection', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-hcc-followup', 'doc',
     'These patients were followed for a median of 60 months.',
     'Hepatocellular Carcinoma Post-Resection', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-hcc-os', 'doc',
     'Overall Survival: Patients treated with thymosin alpha-1 had significantly better overall survival (hazard ratio [HR]=0.308, 95% CI 0.175–0.541, p<0.001)—representing a 69% reduction in mortality risk',
     'Hepatocellular Carcinoma Post-Resection', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-hcc-rfs', 'doc',
     'Recurrence-Free Survival: Thymosin alpha-1 was associated with improved recurrence-free survival (HR=0.381, 95% CI 0.229–0.633, p<0.001)—a 62% reduction in recurrence risk',
     'Hepatocellular Carcinoma Post-Resection', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-hcc-confounding', 'doc',
     'However, this was an observational study using propensity score matching rather than randomization, which introduces the risk of unmeasured confounding (e.g., patients receiving thymosin alpha-1 may have differed in important ways not captured in the analysis).',
     'Hepatocellular Carcinoma Post-Resection', 'verbatim', NULL, 'bundled');
-- Immune Function Improvements
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-immune-all', 'doc',
     'Across all liver disease studies, thymosin alpha-1 consistently increased CD3+, CD4+, and CD8+ T lymphocyte counts.',
     'Immune Function Improvements', 'verbatim', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-doc-tace', 'doc',
     'One study specifically documented significant increases in CD3+ and CD8+ cells at 3 months in HCC patients receiving transarterial chemoembolization (TACE) plus thymosin alpha-1.',
     'Immune Function Improvements', 'verbatim', NULL, 'bundled');

-- ===========================================================================
-- Quotes: primary publications. wording 'abstract_summary': the bullet text of primary-sources.md
-- (line wraps as single spaces), Evidence Browser's summary of each abstract, not the paper's
-- words. Our remarks about a line are its note, never part of its text.
-- ===========================================================================
-- Iino 2005
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-iino-design', 'iino-2005',
     '316 patients were randomised to two doses of thymosin alpha-1 monotherapy, 0.8 mg or 1.6 mg, for 24 weeks; there was no placebo or untreated arm.',
     'Japanese chronic hepatitis B trial (document: n=316, 36.4% / 30% / 22.8%)', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-iino-timing', 'iino-2005',
     'The 36.4% / 30% / 22.8% figures are for the 1.6 mg group at the end of the 72-week observation period (12 months after the end of therapy).',
     'Japanese chronic hepatitis B trial (document: n=316, 36.4% / 30% / 22.8%)', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-iino-assay', 'iino-2005',
     '30% is HBV DNA clearance by branched-DNA assay; by transcription-mediated amplification it was 15%.',
     'Japanese chronic hepatitis B trial (document: n=316, 36.4% / 30% / 22.8%)', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-iino-hbeag', 'iino-2005',
     '22.8% is clearance (loss) of HBeAg',
     'Japanese chronic hepatitis B trial (document: n=316, 36.4% / 30% / 22.8%)', 'abstract_summary', 
     'The document calls this figure "HBeAg seroconversion".', 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-iino-low-dose', 'iino-2005',
     'The 0.8 mg group had similar efficacy rates',
     'Japanese chronic hepatitis B trial (document: n=316, 36.4% / 30% / 22.8%)', 'abstract_summary', 
     'The abstract gives no figures for the 0.8 mg group.', 'bundled');
-- Yang 2008
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-yang-itt', 'yang-2008',
     'Odds ratios of thymosin alpha-1 over interferon-alpha, intention to treat.',
     'Thymosin alpha-1 vs interferon-alpha meta-analysis (document: 4 RCTs, n=199)', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-yang-eot', 'yang-2008',
     'At the end of 6 months of treatment: virological 0.62 (0.35-1.10), biochemical 0.60 (0.34-1.05), complete 0.54 (0.30-0.97)',
     'Thymosin alpha-1 vs interferon-alpha meta-analysis (document: 4 RCTs, n=199)', 'abstract_summary', 
     'These are the odds ratios the document gives.', 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-yang-fu', 'yang-2008',
     'At the end of follow-up (6 months after treatment): virological 3.71 (2.05-6.71), biochemical 3.12 (1.74-5.62), complete 2.69 (1.47-4.91) — favouring thymosin alpha-1.',
     'Thymosin alpha-1 vs interferon-alpha meta-analysis (document: 4 RCTs, n=199)', 'abstract_summary', 
     'The document omits these results.', 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-yang-definitions', 'yang-2008',
     'Definitions: virological = loss of HBV DNA and HBeAg (HBeAg-positive) or loss of HBV DNA (HBeAg-negative); biochemical = normalised transaminases; complete = both.',
     'Thymosin alpha-1 vs interferon-alpha meta-analysis (document: 4 RCTs, n=199)', 'abstract_summary', NULL, 'bundled');
-- You 2006
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-you-citation', 'you-2006',
     'You J, Zhuang L, Cheng HY, et al. Efficacy of thymosin alpha-1 and interferon alpha in treatment of chronic viral hepatitis B: a randomized controlled study.',
     'One of the trials of the kind pooled above, with arm-level counts', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-you-design', 'you-2006',
     '62 HBeAg- and HBV DNA-positive patients: thymosin alpha-1 1.6 mg twice weekly for six months (n=29) vs interferon-alpha 5 MU daily for 15 days then three times weekly for six months (n=33); a historical untreated control group of 30.',
     'One of the trials of the kind pooled above, with arm-level counts', 'abstract_summary', NULL, 'bundled');
INSERT INTO quote (id, source_id, text, location, wording, note, origin) VALUES
    ('q-you-cr', 'you-2006',
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg): end of treatment 9/29 (31.0%) vs 15/33 (45.5%); after six months of follow-up 14/29 (48.3%) vs 9/33 (27.3%); historical control 1/30.',
     'One of the trials of the kind pooled above, with arm-level counts', 'abstract_summary', NULL, 'bundled');

-- ===========================================================================
-- Therapy facts (intervention thymosin-alpha-1; Overview and Immune Function sections)
-- ===========================================================================
INSERT INTO therapy_fact (id, intervention_id, topic, statement, relation, value, value_printed, unit,
                          origin) VALUES
    ('fact-ta1-peptide-length', 'thymosin-alpha-1', 'Molecule',
     'A naturally occurring 28-amino acid peptide produced by the thymus gland, marketed as '
     || 'Thymalfasin (Zadaxin).',
     '=', 28, '28', 'amino acids', 'bundled');
INSERT INTO therapy_fact (id, intervention_id, topic, statement, relation, value, value_printed, unit,
                          origin) VALUES
    ('fact-ta1-approved-countries', 'thymosin-alpha-1', 'Regulatory status',
     'Approved in over 35 countries as a therapeutic agent for chronic hepatitis B and C.',
     '>', 35, '35', 'countries', 'bundled');
INSERT INTO therapy_fact (id, intervention_id, topic, statement, relation, value, value_printed, unit,
                          origin) VALUES
    ('fact-ta1-not-fda-approved', 'thymosin-alpha-1', 'Regulatory status',
     'Not approved by the US Food and Drug Administration.',
     NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO therapy_fact (id, intervention_id, topic, statement, relation, value, value_printed, unit,
                          origin) VALUES
    ('fact-ta1-evidence-tier', 'thymosin-alpha-1', 'Evidence rating',
     'Evidence in liver disease rated as Tier 3 (probable efficacy), limited by moderate sample '
     || 'sizes, heterogeneous study designs, and insufficient large-scale head-to-head comparisons '
     || 'with modern antiviral therapies.',
     '=', 3, '3', 'tier', 'bundled');
INSERT INTO therapy_fact (id, intervention_id, topic, statement, relation, value, value_printed, unit,
                          origin) VALUES
    ('fact-ta1-t-cell-counts', 'thymosin-alpha-1', 'Immune effects',
     'Across all liver disease studies, thymosin alpha-1 consistently increased CD3+, CD4+, and '
     || 'CD8+ T lymphocyte counts.',
     NULL, NULL, NULL, NULL, 'bundled');

INSERT INTO provenance (quote_id, fact_id, field, origin) VALUES
    ('q-doc-peptide',    'fact-ta1-peptide-length',     NULL, 'bundled'),
    ('q-doc-approved',   'fact-ta1-approved-countries', NULL, 'bundled'),
    ('q-doc-fda',        'fact-ta1-not-fda-approved',   NULL, 'bundled'),
    ('q-doc-tier',       'fact-ta1-evidence-tier',      NULL, 'bundled'),
    ('q-doc-immune-all', 'fact-ta1-t-cell-counts',      NULL, 'bundled');

-- ===========================================================================
-- Study: Japanese chronic hepatitis B RCT (document; primary publication Iino 2005)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('jp-chb-rct', 'Japanese chronic hepatitis B trial', 'trial', 'Randomized controlled trial',
     'Japanese patients with chronic hepatitis B', 'Japan', 316, '316',
     NULL, NULL, 72, 'week', 'fixed', '72 weeks',
     'Primary publication: Iino 2005. n=316 is the whole trial (two dose groups per Iino 2005).',
     'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES ('jp-chb-rct', 'hbv', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('jp-chb-rct-ta1-1.6mg', 'jp-chb-rct', 'Thymosin alpha-1 1.6 mg', 'treatment',
     1.6, 'mg', '1.6 mg', 'twice weekly', 24, 'week', '24 weeks', NULL, NULL,
     'Monotherapy. Size of this group not reported (316 is the whole trial).', 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('jp-chb-rct-ta1-0.8mg', 'jp-chb-rct', 'Thymosin alpha-1 0.8 mg', 'treatment',
     0.8, 'mg', '0.8 mg', NULL, 24, 'week', '24 weeks', NULL, NULL,
     'From Iino 2005 only (the document does not mention this group). Similar efficacy rates to '
     || 'the 1.6 mg group; no figures in the abstract.', 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('jp-chb-rct-ta1-1.6mg', 'thymosin-alpha-1', 'bundled'),
    ('jp-chb-rct-ta1-0.8mg', 'thymosin-alpha-1', 'bundled');

-- Outcomes of the 1.6 mg group at 72 weeks (timing per Iino 2005)
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('jp-chb-rct-alt-wk72', 'jp-chb-rct-ta1-1.6mg', 'alt-normalization', 'wk72', 'ALT Normalization',
     NULL, NULL, NULL, 36.4, '36.4', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('jp-chb-rct-hbvdna-bdna-wk72', 'jp-chb-rct-ta1-1.6mg', 'hbv-dna-clearance', 'wk72',
     'HBV DNA Clearance', 'branched-DNA assay',
     NULL, NULL, 30, '30', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('jp-chb-rct-hbvdna-tma-wk72', 'jp-chb-rct-ta1-1.6mg', 'hbv-dna-clearance', 'wk72',
     'HBV DNA clearance', 'transcription-mediated amplification',
     NULL, NULL, 15, '15', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('jp-chb-rct-hbeag-wk72', 'jp-chb-rct-ta1-1.6mg', 'hbeag-seroconversion', 'wk72',
     'HBeAg Seroconversion', NULL,
     NULL, NULL, 22.8, '22.8', NULL, NULL, NULL, NULL, NULL, 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-jp-trial',   'jp-chb-rct', 'design',     'bundled'),
    ('q-doc-jp-trial',   'jp-chb-rct', 'population', 'bundled'),
    ('q-doc-jp-trial',   'jp-chb-rct', 'size',       'bundled'),
    ('q-iino-design',    'jp-chb-rct', 'size',       'bundled'),
    ('q-doc-jp-regimen', 'jp-chb-rct', 'follow_up',  'bundled'),
    ('q-iino-timing',    'jp-chb-rct', 'follow_up',  'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-jp-regimen', 'jp-chb-rct-ta1-1.6mg', 'existence', 'bundled'),
    ('q-doc-jp-regimen', 'jp-chb-rct-ta1-1.6mg', 'dose',      'bundled'),
    ('q-doc-jp-regimen', 'jp-chb-rct-ta1-1.6mg', 'schedule',  'bundled'),
    ('q-doc-jp-regimen', 'jp-chb-rct-ta1-1.6mg', 'duration',  'bundled'),
    ('q-iino-design',    'jp-chb-rct-ta1-1.6mg', 'dose',      'bundled'),
    ('q-iino-design',    'jp-chb-rct-ta1-1.6mg', 'duration',  'bundled'),
    ('q-iino-design',    'jp-chb-rct-ta1-0.8mg', 'existence', 'bundled'),
    ('q-iino-design',    'jp-chb-rct-ta1-0.8mg', 'dose',      'bundled'),
    ('q-iino-design',    'jp-chb-rct-ta1-0.8mg', 'duration',  'bundled'),
    ('q-iino-low-dose',  'jp-chb-rct-ta1-0.8mg', 'existence', 'bundled');
INSERT INTO provenance (quote_id, outcome_id, field, origin) VALUES
    ('q-doc-jp-alt',    'jp-chb-rct-alt-wk72',         NULL, 'bundled'),
    ('q-iino-timing',   'jp-chb-rct-alt-wk72',         NULL, 'bundled'),
    ('q-doc-jp-hbvdna', 'jp-chb-rct-hbvdna-bdna-wk72', NULL, 'bundled'),
    ('q-iino-timing',   'jp-chb-rct-hbvdna-bdna-wk72', NULL, 'bundled'),
    ('q-iino-assay',    'jp-chb-rct-hbvdna-bdna-wk72', NULL, 'bundled'),
    ('q-iino-assay',    'jp-chb-rct-hbvdna-tma-wk72',  NULL, 'bundled'),
    ('q-doc-jp-hbeag',  'jp-chb-rct-hbeag-wk72',       NULL, 'bundled'),
    ('q-iino-timing',   'jp-chb-rct-hbeag-wk72',       NULL, 'bundled');

INSERT INTO caveat (id, kind, field, text, quote_id, study_id, origin) VALUES
    ('cav-jp-chb-rct-two-dose-arms', 'differs_from_primary', 'design',
     'Per the primary publication, the 316 patients were randomised to two doses of thymosin '
     || 'alpha-1 monotherapy (0.8 mg or 1.6 mg) for 24 weeks, with no placebo or untreated arm. '
     || 'The document says "monotherapy" at 1.6 mg but does not say there were two dose groups; '
     || 'its figures are for the 1.6 mg group only, whose size is not reported.',
     'q-iino-design', 'jp-chb-rct', 'bundled');
INSERT INTO caveat (id, kind, text, quote_id, outcome_id, origin) VALUES
    ('cav-jp-chb-rct-hbeag-is-loss', 'differs_from_primary',
     'Per the primary publication, 22.8% is clearance (loss) of HBeAg; the document calls it '
     || 'seroconversion.',
     'q-iino-hbeag', 'jp-chb-rct-hbeag-wk72', 'bundled');
INSERT INTO caveat (id, kind, text, quote_id, outcome_id, origin) VALUES
    ('cav-jp-chb-rct-hbvdna-assay', 'differs_from_primary',
     'Per the primary publication, 30% is HBV DNA clearance by branched-DNA assay; by '
     || 'transcription-mediated amplification it was 15% (stored as a separate outcome). The '
     || 'document gives only 30% and names no assay.',
     'q-iino-assay', 'jp-chb-rct-hbvdna-bdna-wk72', 'bundled');

-- ===========================================================================
-- Study: nucleos(t)ide analogue range (a summary statement, not a trial)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('na-range', 'Nucleos(t)ide analogues: HBV DNA suppression range', 'summary_statement',
     'Range across studies (no single trial)', 'Patients with chronic hepatitis B', NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL, NULL,
     'The document''s general comparison figure for modern nucleos(t)ide analogues (such as '
     || 'entecavir or tenofovir); no study, size or time point is given.', 'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES ('na-range', 'hbv', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('na-range-etv-or-tdf', 'na-range', 'Entecavir or tenofovir', 'single_arm',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Either entecavir or tenofovir (examples of nucleos(t)ide analogues), not a combination.',
     'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('na-range-etv-or-tdf', 'entecavir', 'bundled'),
    ('na-range-etv-or-tdf', 'tenofovir', 'bundled'),
    ('na-range-etv-or-tdf', 'nucleos(t)ide-analogue', 'bundled');

INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('na-range-hbvdna', 'na-range-etv-or-tdf', 'hbv-dna-suppression', NULL, 'HBV DNA suppression',
     NULL, NULL, NULL, NULL, NULL, 60, '60', 90, '90', NULL, 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-na', 'na-range', 'design',     'bundled'),
    ('q-doc-na', 'na-range', 'population', 'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-na', 'na-range-etv-or-tdf', 'existence', 'bundled');
INSERT INTO provenance (quote_id, outcome_id, field, origin) VALUES
    ('q-doc-na', 'na-range-hbvdna', NULL, 'bundled');

INSERT INTO caveat (id, kind, text, quote_id, study_id, origin) VALUES
    ('cav-na-range-not-a-trial', 'design_limitation',
     'A range across unnamed studies, not a trial and not a head-to-head comparison with '
     || 'thymosin alpha-1: the document gives no source, sample size, time point or assay for '
     || 'the 60–90% figure.',
     'q-doc-na', 'na-range', 'bundled');

-- ===========================================================================
-- Study: thymosin alpha-1 vs interferon-alpha meta-analysis (document; primary Yang 2008)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('ifn-meta', 'Thymosin alpha-1 vs interferon-alpha meta-analysis', 'meta_analysis',
     'Meta-analysis of randomized controlled trials', 'Patients with chronic hepatitis B', NULL,
     199, '199', 4, 'four', 6, 'month', 'fixed', '6 months after treatment',
     'Primary publication: Yang 2008. Follow-up from Yang 2008 (the document gives none).',
     'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES ('ifn-meta', 'hbv', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('ifn-meta-ta1', 'ifn-meta', 'Thymosin alpha-1', 'treatment',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Pooled arm; size not reported.', 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('ifn-meta-ifn', 'ifn-meta', 'Interferon-alpha', 'comparator',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Pooled arm; size not reported.', 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('ifn-meta-ta1', 'thymosin-alpha-1', 'bundled'),
    ('ifn-meta-ifn', 'interferon-alpha', 'bundled');

-- End of 6 months of treatment: the document's figures (also in Yang 2008; stored once)
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-virologic-eot', 'ifn-meta', 'virologic-response', 'mo6-treatment', 'Virologic Response',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 0.62, '0.62',
     0.95, 0.35, '0.35', 1.10, '1.10',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'not_superior', 'not superior to interferon-alpha at 6 months', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-biochemical-eot', 'ifn-meta', 'biochemical-response', 'mo6-treatment',
     'Biochemical Response',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 0.60, '0.60',
     0.95, 0.34, '0.34', 1.05, '1.05',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'not_superior', 'similarly non-superior', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-complete-eot', 'ifn-meta', 'complete-response', 'mo6-treatment', 'Complete Response',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 0.54, '0.54',
     0.95, 0.30, '0.30', 0.97, '0.97',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'numerically_worse', 'numerically worse outcomes', 'bundled');

-- End of follow-up, 6 months after treatment: Yang 2008 only (omitted by the document).
-- ci_level NULL: primary-sources.md does not print the level of these intervals, so it is
-- stored as not stated rather than assumed to be 95%.
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-virologic-fu', 'ifn-meta', 'virologic-response', 'mo6-after-treatment', 'virological',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 3.71, '3.71',
     NULL, 2.05, '2.05', 6.71, '6.71',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'better', 'favouring thymosin alpha-1', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-biochemical-fu', 'ifn-meta', 'biochemical-response', 'mo6-after-treatment',
     'biochemical',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 3.12, '3.12',
     NULL, 1.74, '1.74', 5.62, '5.62',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'better', 'favouring thymosin alpha-1', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('ifn-meta-complete-fu', 'ifn-meta', 'complete-response', 'mo6-after-treatment', 'complete',
     'ifn-meta-ta1', 'ifn-meta-ifn', 'OR', 2.69, '2.69',
     NULL, 1.47, '1.47', 4.91, '4.91',
     NULL, NULL, NULL, 'intention to treat',
     NULL, NULL, 'better', 'favouring thymosin alpha-1', 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-meta-design', 'ifn-meta', 'design',           'bundled'),
    ('q-doc-meta-design', 'ifn-meta', 'population',       'bundled'),
    ('q-doc-meta-design', 'ifn-meta', 'size',             'bundled'),
    ('q-doc-meta-design', 'ifn-meta', 'included_studies', 'bundled'),
    ('q-yang-fu',         'ifn-meta', 'follow_up',        'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-meta-design', 'ifn-meta-ta1', 'existence', 'bundled'),
    ('q-doc-meta-design', 'ifn-meta-ifn', 'existence', 'bundled');
INSERT INTO provenance (quote_id, effect_id, field, origin) VALUES
    ('q-doc-meta-virologic',   'ifn-meta-virologic-eot',   NULL, 'bundled'),
    ('q-yang-eot',             'ifn-meta-virologic-eot',   NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-virologic-eot',   NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-virologic-eot',   NULL, 'bundled'),
    ('q-doc-meta-biochemical', 'ifn-meta-biochemical-eot', NULL, 'bundled'),
    ('q-yang-eot',             'ifn-meta-biochemical-eot', NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-biochemical-eot', NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-biochemical-eot', NULL, 'bundled'),
    ('q-doc-meta-complete',    'ifn-meta-complete-eot',    NULL, 'bundled'),
    ('q-yang-eot',             'ifn-meta-complete-eot',    NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-complete-eot',    NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-complete-eot',    NULL, 'bundled'),
    ('q-yang-fu',              'ifn-meta-virologic-fu',    NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-virologic-fu',    NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-virologic-fu',    NULL, 'bundled'),
    ('q-yang-fu',              'ifn-meta-biochemical-fu',  NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-biochemical-fu',  NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-biochemical-fu',  NULL, 'bundled'),
    ('q-yang-fu',              'ifn-meta-complete-fu',     NULL, 'bundled'),
    ('q-yang-itt',             'ifn-meta-complete-fu',     NULL, 'bundled'),
    ('q-yang-definitions',     'ifn-meta-complete-fu',     NULL, 'bundled');

INSERT INTO caveat (id, kind, text, quote_id, effect_id, origin) VALUES
    ('cav-ifn-meta-complete-words', 'words_vs_numbers',
     'The document calls OR 0.54 (95% CI 0.30–0.97) "numerically worse", but the whole interval '
     || 'lies below 1: the result is statistically significant against thymosin alpha-1, not '
     || 'merely numerical.',
     'q-doc-meta-complete', 'ifn-meta-complete-eot', 'bundled');
INSERT INTO caveat (id, kind, text, quote_id, effect_id, origin) VALUES
    ('cav-ifn-meta-virologic-omitted', 'omitted_by_document',
     'Omitted by the document, which gives only the end-of-treatment OR 0.62 (95% CI 0.35–1.10): at '
     || 'the end of follow-up (6 months after treatment) the primary publication reports virological OR '
     || '3.71 (2.05-6.71), reversing direction and favouring thymosin alpha-1.',
     'q-yang-fu', 'ifn-meta-virologic-fu', 'bundled');
INSERT INTO caveat (id, kind, text, quote_id, effect_id, origin) VALUES
    ('cav-ifn-meta-biochemical-omitted', 'omitted_by_document',
     'Omitted by the document, which gives only the end-of-treatment OR 0.60 (95% CI 0.34–1.05): at '
     || 'the end of follow-up (6 months after treatment) the primary publication reports biochemical OR '
     || '3.12 (1.74-5.62), reversing direction and favouring thymosin alpha-1.',
     'q-yang-fu', 'ifn-meta-biochemical-fu', 'bundled');
INSERT INTO caveat (id, kind, text, quote_id, effect_id, origin) VALUES
    ('cav-ifn-meta-complete-omitted', 'omitted_by_document',
     'Omitted by the document, which gives only the end-of-treatment OR 0.54 (95% CI 0.30–0.97): at '
     || 'the end of follow-up (6 months after treatment) the primary publication reports complete-response OR '
     || '2.69 (1.47-4.91), reversing direction and favouring thymosin alpha-1.',
     'q-yang-fu', 'ifn-meta-complete-fu', 'bundled');

-- ===========================================================================
-- Study: thymosin alpha-1 + entecavir in HBV-related cirrhosis (document only)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('cirrhosis-rct', 'Thymosin alpha-1 plus entecavir in HBV-related cirrhosis', 'trial',
     'Randomized controlled trial', 'Patients with HBV-related cirrhosis', NULL, 690, '690',
     NULL, NULL, NULL, NULL, NULL, NULL,
     'Arm sizes, follow-up and time points not reported by the document.', 'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES
    ('cirrhosis-rct', 'hbv', 'bundled'),
    ('cirrhosis-rct', 'cirrhosis', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('cirrhosis-rct-ta1-etv', 'cirrhosis-rct', 'Tα1 + entecavir', 'treatment',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Combination therapy group; size not reported.', 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('cirrhosis-rct-etv', 'cirrhosis-rct', 'Entecavir alone', 'comparator',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Entecavir monotherapy group; size not reported.', 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('cirrhosis-rct-ta1-etv', 'thymosin-alpha-1', 'bundled'),
    ('cirrhosis-rct-ta1-etv', 'entecavir', 'bundled'),
    ('cirrhosis-rct-etv', 'entecavir', 'bundled');

INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('cirrhosis-rct-ta1-etv-hcc', 'cirrhosis-rct-ta1-etv', 'hcc-incidence', NULL, 'HCC Incidence',
     NULL, NULL, NULL, 1.7, '1.7', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('cirrhosis-rct-etv-hcc', 'cirrhosis-rct-etv', 'hcc-incidence', NULL, 'HCC Incidence',
     NULL, NULL, NULL, 2.1, '2.1', NULL, NULL, NULL, NULL, NULL, 'bundled');

INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('cirrhosis-rct-virologic', 'cirrhosis-rct', 'hbv-dna-suppression', NULL, 'viral suppression',
     'cirrhosis-rct-ta1-etv', 'cirrhosis-rct-etv', NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL,
     NULL, NULL, 'similar',
     'similar viral suppression and ALT normalization compared to entecavir alone—neither group '
     || 'demonstrated significant superiority', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('cirrhosis-rct-biochemical', 'cirrhosis-rct', 'alt-normalization', NULL, 'ALT normalization',
     'cirrhosis-rct-ta1-etv', 'cirrhosis-rct-etv', NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL,
     NULL, NULL, 'similar',
     'similar viral suppression and ALT normalization compared to entecavir alone—neither group '
     || 'demonstrated significant superiority', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('cirrhosis-rct-hcc', 'cirrhosis-rct', 'hcc-incidence', NULL, 'HCC Incidence',
     'cirrhosis-rct-ta1-etv', 'cirrhosis-rct-etv', NULL, NULL, NULL,
     NULL, NULL, NULL, NULL, NULL,
     NULL, NULL, NULL, NULL,
     NULL, NULL, 'not_significant', 'the difference was not statistically significant', 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-cirr-trial', 'cirrhosis-rct', 'design',     'bundled'),
    ('q-doc-cirr-trial', 'cirrhosis-rct', 'population', 'bundled'),
    ('q-doc-cirr-trial', 'cirrhosis-rct', 'size',       'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-cirr-trial',    'cirrhosis-rct-ta1-etv', 'existence', 'bundled'),
    ('q-doc-cirr-hcc',      'cirrhosis-rct-ta1-etv', 'existence', 'bundled'),
    ('q-doc-cirr-response', 'cirrhosis-rct-etv',     'existence', 'bundled'),
    ('q-doc-cirr-hcc',      'cirrhosis-rct-etv',     'existence', 'bundled');
INSERT INTO provenance (quote_id, outcome_id, field, origin) VALUES
    ('q-doc-cirr-hcc', 'cirrhosis-rct-ta1-etv-hcc', NULL, 'bundled'),
    ('q-doc-cirr-hcc', 'cirrhosis-rct-etv-hcc',     NULL, 'bundled');
INSERT INTO provenance (quote_id, effect_id, field, origin) VALUES
    ('q-doc-cirr-response', 'cirrhosis-rct-virologic',   NULL, 'bundled'),
    ('q-doc-cirr-response', 'cirrhosis-rct-biochemical', NULL, 'bundled'),
    ('q-doc-cirr-hcc',      'cirrhosis-rct-hcc',         NULL, 'bundled');

-- ===========================================================================
-- Study: HCC after curative resection, propensity score-matched (document only)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('hcc-resection-cohort', 'Thymosin alpha-1 after curative HCC resection', 'cohort',
     'Propensity score-matched observational study',
     'HCC patients who underwent curative surgical resection', NULL, 468, '468',
     NULL, NULL, 60, 'month', 'median', '60 months',
     'Arm sizes not reported by the document.', 'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES
    ('hcc-resection-cohort', 'hcc', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('hcc-resection-cohort-ta1', 'hcc-resection-cohort', 'Thymosin alpha-1', 'treatment',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'Patients treated with thymosin alpha-1; size, dose and schedule not reported.', 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('hcc-resection-cohort-control', 'hcc-resection-cohort', 'Without thymosin alpha-1', 'comparator',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'The patients the treated group was compared with; the document does not describe them '
     || '(what they received, or their number).', 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('hcc-resection-cohort-ta1', 'thymosin-alpha-1', 'bundled');

INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('hcc-resection-cohort-os', 'hcc-resection-cohort', 'overall-survival', 'whole-follow-up',
     'Overall Survival',
     'hcc-resection-cohort-ta1', 'hcc-resection-cohort-control', 'HR', 0.308, '0.308',
     0.95, 0.175, '0.175', 0.541, '0.541',
     '<', 0.001, '<0.001', NULL,
     69, '69', 'significantly_better', 'significantly better overall survival', 'bundled');
INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed,
                    p_relation, p_value, p_printed, analysis,
                    relative_reduction_percent, relative_reduction_printed, claim, claim_wording,
                    origin) VALUES
    ('hcc-resection-cohort-rfs', 'hcc-resection-cohort', 'recurrence-free-survival', 'whole-follow-up',
     'Recurrence-Free Survival',
     'hcc-resection-cohort-ta1', 'hcc-resection-cohort-control', 'HR', 0.381, '0.381',
     0.95, 0.229, '0.229', 0.633, '0.633',
     '<', 0.001, '<0.001', NULL,
     62, '62', 'better', 'associated with improved recurrence-free survival', 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-hcc-study',    'hcc-resection-cohort', 'design',     'bundled'),
    ('q-doc-hcc-study',    'hcc-resection-cohort', 'population', 'bundled'),
    ('q-doc-hcc-study',    'hcc-resection-cohort', 'size',       'bundled'),
    ('q-doc-hcc-followup', 'hcc-resection-cohort', 'follow_up',  'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-hcc-os', 'hcc-resection-cohort-ta1',     'existence', 'bundled'),
    ('q-doc-hcc-os', 'hcc-resection-cohort-control', 'existence', 'bundled');
INSERT INTO provenance (quote_id, effect_id, field, origin) VALUES
    ('q-doc-hcc-os',  'hcc-resection-cohort-os',  NULL, 'bundled'),
    ('q-doc-hcc-rfs', 'hcc-resection-cohort-rfs', NULL, 'bundled');

INSERT INTO caveat (id, kind, text, quote_id, study_id, origin) VALUES
    ('cav-hcc-resection-cohort-confounding', 'design_limitation',
     'Observational study using propensity score matching rather than randomization: risk of '
     || 'unmeasured confounding (treated patients may have differed in ways not captured in the '
     || 'analysis).',
     'q-doc-hcc-confounding', 'hcc-resection-cohort', 'bundled');

-- ===========================================================================
-- Study: TACE plus thymosin alpha-1 in HCC, immune cells (document only; design not named)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('tace-study', 'TACE plus thymosin alpha-1 in HCC: T-cell counts', 'unspecified', NULL,
     'HCC patients receiving transarterial chemoembolization (TACE) plus thymosin alpha-1', NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
     'The document names neither the study nor its design, size or comparator.', 'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES ('tace-study', 'hcc', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('tace-study-tace-ta1', 'tace-study', 'TACE + Tα1', 'single_arm',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('tace-study-tace-ta1', 'tace', 'bundled'),
    ('tace-study-tace-ta1', 'thymosin-alpha-1', 'bundled');

INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('tace-study-cd3-mo3', 'tace-study-tace-ta1', 'cd3-count', 'mo3', 'CD3+', NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'significant increase', 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('tace-study-cd8-mo3', 'tace-study-tace-ta1', 'cd8-count', 'mo3', 'CD8+', NULL,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'significant increase', 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-doc-tace', 'tace-study', 'population', 'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-doc-tace', 'tace-study-tace-ta1', 'existence', 'bundled');
INSERT INTO provenance (quote_id, outcome_id, field, origin) VALUES
    ('q-doc-tace', 'tace-study-cd3-mo3', NULL, 'bundled'),
    ('q-doc-tace', 'tace-study-cd8-mo3', NULL, 'bundled');

INSERT INTO caveat (id, kind, text, quote_id, study_id, origin) VALUES
    ('cav-tace-study-unspecified', 'design_limitation',
     'The document does not name this study or give its design, size, comparator or numbers; '
     || 'it does not say what the significant increases were measured against.',
     'q-doc-tace', 'tace-study', 'bundled');

-- ===========================================================================
-- Study: You 2006 RCT, thymosin alpha-1 vs interferon-alpha (primary publication only)
-- ===========================================================================
INSERT INTO study (id, name, kind, design, population, country, size, size_printed,
                   included_studies, included_studies_printed, follow_up, follow_up_unit,
                   follow_up_statistic, follow_up_printed, notes, origin) VALUES
    ('you-2006-rct', 'Thymosin alpha-1 vs interferon-alpha RCT (You 2006)', 'trial',
     'Randomized controlled trial', 'HBeAg- and HBV DNA-positive chronic hepatitis B', NULL,
     62, '62', NULL, NULL, 6, 'month', 'fixed', 'six months',
     'Not in the document. Follow-up: six months after the end of treatment. 62 randomised patients (29 + 33); the historical untreated control '
     || 'group of 30 is separate.', 'bundled');
INSERT INTO study_condition (study_id, condition_id, origin) VALUES ('you-2006-rct', 'hbv', 'bundled');

INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('you-2006-rct-ta1', 'you-2006-rct', 'Thymosin alpha-1 1.6 mg', 'treatment',
     1.6, 'mg', '1.6 mg', 'twice weekly', 6, 'month', 'six months', 29, '29', NULL, 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('you-2006-rct-ifn', 'you-2006-rct', 'Interferon-alpha 5 MU', 'comparator',
     5, 'MU', '5 MU', 'daily for 15 days then three times weekly for six months',
     6, 'month', 'six months', 33, '33',
     'Daily for 15 days, then three times weekly for six months; the summary does not say '
     || 'whether the six months include the first 15 days.', 'bundled');
INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, schedule,
                 duration, duration_unit, duration_printed, size, size_printed, notes, origin)
VALUES
    ('you-2006-rct-historical', 'you-2006-rct', 'Historical untreated control', 'historical_control',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30, '30',
     'Historical group, not among the 62 trial patients.', 'bundled');
INSERT INTO arm_intervention (arm_id, intervention_id, origin) VALUES
    ('you-2006-rct-ta1', 'thymosin-alpha-1', 'bundled'),
    ('you-2006-rct-ifn', 'interferon-alpha', 'bundled'),
    ('you-2006-rct-historical', 'no-treatment', 'bundled');

INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('you-2006-rct-ta1-cr-eot', 'you-2006-rct-ta1', 'complete-response', 'mo6-treatment',
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg)', NULL,
     9, 29, 31.0, '31.0', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('you-2006-rct-ifn-cr-eot', 'you-2006-rct-ifn', 'complete-response', 'mo6-treatment',
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg)', NULL,
     15, 33, 45.5, '45.5', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('you-2006-rct-ta1-cr-fu', 'you-2006-rct-ta1', 'complete-response', 'mo6-after-treatment',
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg)', NULL,
     14, 29, 48.3, '48.3', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('you-2006-rct-ifn-cr-fu', 'you-2006-rct-ifn', 'complete-response', 'mo6-after-treatment',
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg)', NULL,
     9, 33, 27.3, '27.3', NULL, NULL, NULL, NULL, NULL, 'bundled');
INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, endpoint_wording, method,
                     events, total, percent, percent_printed, percent_low, percent_low_printed,
                     percent_high, percent_high_printed, finding, origin) VALUES
    ('you-2006-rct-historical-cr', 'you-2006-rct-historical', 'complete-response', NULL,
     'Complete response (ALT normalisation plus loss of HBV DNA and HBeAg)', NULL,
     1, 30, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'bundled');

INSERT INTO provenance (quote_id, study_id, field, origin) VALUES
    ('q-you-citation', 'you-2006-rct', 'design',     'bundled'),
    ('q-you-design',   'you-2006-rct', 'population', 'bundled'),
    ('q-you-design',   'you-2006-rct', 'size',       'bundled'),
    ('q-you-cr',       'you-2006-rct', 'follow_up',  'bundled');
INSERT INTO provenance (quote_id, arm_id, field, origin) VALUES
    ('q-you-design', 'you-2006-rct-ta1',        'existence', 'bundled'),
    ('q-you-design', 'you-2006-rct-ta1',        'dose',      'bundled'),
    ('q-you-design', 'you-2006-rct-ta1',        'schedule',  'bundled'),
    ('q-you-design', 'you-2006-rct-ta1',        'duration',  'bundled'),
    ('q-you-design', 'you-2006-rct-ta1',        'size',      'bundled'),
    ('q-you-design', 'you-2006-rct-ifn',        'existence', 'bundled'),
    ('q-you-design', 'you-2006-rct-ifn',        'dose',      'bundled'),
    ('q-you-design', 'you-2006-rct-ifn',        'schedule',  'bundled'),
    ('q-you-design', 'you-2006-rct-ifn',        'duration',  'bundled'),
    ('q-you-design', 'you-2006-rct-ifn',        'size',      'bundled'),
    ('q-you-design', 'you-2006-rct-historical', 'existence', 'bundled'),
    ('q-you-design', 'you-2006-rct-historical', 'size',      'bundled');
INSERT INTO provenance (quote_id, outcome_id, field, origin) VALUES
    ('q-you-cr', 'you-2006-rct-ta1-cr-eot',    NULL, 'bundled'),
    ('q-you-cr', 'you-2006-rct-ifn-cr-eot',    NULL, 'bundled'),
    ('q-you-cr', 'you-2006-rct-ta1-cr-fu',     NULL, 'bundled'),
    ('q-you-cr', 'you-2006-rct-ifn-cr-fu',     NULL, 'bundled'),
    ('q-you-cr', 'you-2006-rct-historical-cr', NULL, 'bundled');

-- ===========================================================================
-- Classifications: values that are Evidence Browser's, not a source's statement. Shown as
-- "classified by Evidence Browser", never backed by a quote.
-- ===========================================================================
INSERT INTO classification (id, field, reason, study_id, origin) VALUES
    ('cls-jp-chb-rct-country', 'country',
     'The document says "Japanese patients"; it does not say where the trial was run.',
     'jp-chb-rct', 'bundled');
INSERT INTO classification (id, field, reason, arm_id, origin) VALUES
    ('cls-hcc-resection-cohort-control-label', 'label',
     'The document reports results of patients treated with thymosin alpha-1 against a group '
     || 'it does not describe; it does not say that group was untreated.',
     'hcc-resection-cohort-control', 'bundled'),
    ('cls-tace-study-role', 'role',
     'The document gives no design for this study and does not say whether it had a '
     || 'comparison group; "single arm" is how Evidence Browser files it.',
     'tace-study-tace-ta1', 'bundled');
INSERT INTO classification (id, field, reason, timepoint_id, origin) VALUES
    ('cls-mo3-anchor', 'anchor',
     'The document says only "at 3 months"; counting them from the start of treatment is '
     || 'Evidence Browser''s assumption.',
     'mo3', 'bundled');
INSERT INTO classification (id, field, reason, endpoint_id, origin) VALUES
    ('cls-rfs-event', 'event_label',
     'The document does not define recurrence-free survival; it calls HR 0.381 "a 62% '
     || 'reduction in recurrence risk".',
     'recurrence-free-survival', 'bundled');
INSERT INTO classification (id, field, reason, intervention_id, origin) VALUES
    ('cls-ta1-class', 'drug_class',
     'The document calls it an immunomodulator and a peptide; the class name is Evidence '
     || 'Browser''s.', 'thymosin-alpha-1', 'bundled'),
    ('cls-ifn-class', 'drug_class',
     'The document calls interferon-alpha "a cytokine therapy"; the class name is Evidence '
     || 'Browser''s.', 'interferon-alpha', 'bundled'),
    ('cls-etv-class', 'drug_class',
     'The document names entecavir as a nucleos(t)ide analog; "nucleoside" is Evidence '
     || 'Browser''s.', 'entecavir', 'bundled'),
    ('cls-tdf-class', 'drug_class',
     'The document names tenofovir as a nucleos(t)ide analog; "nucleotide" is Evidence '
     || 'Browser''s.', 'tenofovir', 'bundled'),
    ('cls-na-class', 'drug_class',
     'Evidence Browser''s label for the class the document calls "nucleos(t)ide analogs".',
     'nucleos(t)ide-analogue', 'bundled'),
    ('cls-tace-class', 'drug_class',
     'The document does not classify TACE; "locoregional procedure" is Evidence Browser''s.',
     'tace', 'bundled');
