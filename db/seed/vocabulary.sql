-- SPDX-License-Identifier: MIT
-- Bundled vocabulary for the thymosin alpha-1 / liver-disease dataset: conditions,
-- interventions, endpoints and time points. Runs before evidence.sql in one transaction.
-- Only time points the sources actually state are defined; no unit conversions.

-- ---------------------------------------------------------------------------
-- Conditions (the studied population's condition, not an outcome)
-- ---------------------------------------------------------------------------
INSERT INTO condition (id, label, description, origin) VALUES
    ('hbv', 'Chronic hepatitis B', 'Chronic infection with hepatitis B virus (HBV).', 'bundled');
INSERT INTO condition (id, label, description, origin) VALUES
    ('cirrhosis', 'Cirrhosis', 'Cirrhosis of the liver.', 'bundled');
INSERT INTO condition (id, label, description, origin) VALUES
    ('hcc', 'Hepatocellular carcinoma', 'Hepatocellular carcinoma (HCC), primary liver cancer.', 'bundled');

-- ---------------------------------------------------------------------------
-- Interventions
-- ---------------------------------------------------------------------------
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('thymosin-alpha-1', 'Thymosin alpha-1 (thymalfasin)', 'Tα1', 'Immunomodulatory peptide', 'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('interferon-alpha', 'Interferon-alpha', 'IFN-α', 'Interferon (cytokine therapy)', 'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('entecavir', 'Entecavir', 'ETV', 'Nucleoside analogue (antiviral)', 'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('tenofovir', 'Tenofovir', 'TFV', 'Nucleotide analogue (antiviral)', 'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('nucleos(t)ide-analogue', 'Nucleos(t)ide analogue', 'NA', 'Nucleos(t)ide analogue (antiviral)',
     'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('tace', 'Transarterial chemoembolization', 'TACE', 'Locoregional procedure', 'bundled');
INSERT INTO intervention (id, label, short_label, drug_class, origin) VALUES
    ('no-treatment', 'Untreated', 'Untreated', NULL, 'bundled');

-- ---------------------------------------------------------------------------
-- Endpoints. direction: is a higher value of what the endpoint counts better or worse?
-- Survival endpoints count the event in event_label; hazard ratios refer to that event.
-- ---------------------------------------------------------------------------
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('alt-normalization', 'ALT normalization', 'ALT normalization', 'higher_is_better',
     'Normalization of alanine aminotransferase (ALT), a marker of liver inflammation.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('hbv-dna-clearance', 'HBV DNA clearance', 'HBV DNA undetectable', 'higher_is_better',
     'Serum HBV DNA suppressed to undetectable levels; the rate depends on the assay used.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('hbv-dna-suppression', 'HBV DNA suppression', 'HBV DNA suppression', 'higher_is_better',
     'Suppression of serum HBV DNA (no threshold or assay stated by the source).', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('hbeag-seroconversion', 'HBeAg seroconversion', 'HBeAg seroconversion', 'higher_is_better',
     'Hepatitis B e antigen (HBeAg) seroconversion, as the source names it.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('virologic-response', 'Virologic response', 'virological response', 'higher_is_better',
     'Virological response. Definition in Yang 2008: loss of HBV DNA and HBeAg (HBeAg-positive '
     || 'patients) or loss of HBV DNA (HBeAg-negative patients).', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('biochemical-response', 'Biochemical response', 'biochemical response', 'higher_is_better',
     'Biochemical response. Definition in Yang 2008: normalised transaminases.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('complete-response', 'Complete response', 'complete response', 'higher_is_better',
     'Complete response. Definition in Yang 2008: both virological and biochemical response. '
     || 'Definition in You 2006: ALT normalisation plus loss of HBV DNA and HBeAg.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('hcc-incidence', 'HCC incidence', 'HCC', 'higher_is_worse',
     'Development of hepatocellular carcinoma.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('overall-survival', 'Overall survival', 'death', 'higher_is_worse',
     'Overall survival; a hazard ratio is the hazard of death (below 1 favours the treatment arm).',
     'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('recurrence-free-survival', 'Recurrence-free survival', 'recurrence', 'higher_is_worse',
     'Recurrence-free survival, not defined by the source; a hazard ratio below 1 favours the '
     || 'treatment arm.', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('cd3-count', 'CD3+ T-cell count', 'CD3+ T cells', 'higher_is_better',
     'Count of CD3+ T lymphocytes (an increase is the reported immune enhancement).', 'bundled');
INSERT INTO endpoint (id, label, event_label, direction, description, origin) VALUES
    ('cd8-count', 'CD8+ T-cell count', 'CD8+ T cells', 'higher_is_better',
     'Count of CD8+ (killer) T lymphocytes (an increase is the reported immune enhancement).', 'bundled');

-- ---------------------------------------------------------------------------
-- Time points (only values the sources state)
-- ---------------------------------------------------------------------------
INSERT INTO timepoint (id, label, anchor, amount, unit, origin) VALUES
    ('wk72', '72 weeks', 'treatment_start', 72, 'week', 'bundled');
INSERT INTO timepoint (id, label, anchor, amount, unit, origin) VALUES
    ('mo6-treatment', 'End of 6 months of treatment', 'treatment_start', 6, 'month', 'bundled');
INSERT INTO timepoint (id, label, anchor, amount, unit, origin) VALUES
    ('mo6-after-treatment', 'End of follow-up, 6 months after treatment', 'treatment_end', 6, 'month',
     'bundled');
INSERT INTO timepoint (id, label, anchor, amount, unit, origin) VALUES
    ('mo3', '3 months', 'treatment_start', 3, 'month', 'bundled');
INSERT INTO timepoint (id, label, anchor, amount, unit, origin) VALUES
    ('whole-follow-up', 'Over follow-up', 'whole_follow_up', NULL, NULL, 'bundled');
