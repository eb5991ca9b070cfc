-- SPDX-License-Identifier: MIT
-- Schema version 5: what a systematic review file (RevMan 5) holds.
--
-- * outcome.mean and outcome.sd: an arm's continuous result (mean and standard deviation of
--   its total participants, whose number is outcome.total).
-- * effect.standard_error: the standard error of an estimate (of its logarithm for a ratio
--   measure), as a generic inverse variance analysis uses it.
-- * effect.measure also takes the review measures MD, SMD and PETO_OR (Peto's odds ratio).
-- * review_analysis: one analysis of a review (an outcome of a comparison, or one of its
--   subgroups) with the measure, method and model the review chose, its group and graph labels,
--   and the pooled result the review itself stored: the review's published numbers, kept beside
--   any recomputation of ours, never replaced by it. quote_id names where they were read.
-- * outcome.analysis_id and effect.analysis_id: the analysis a result belongs to.
-- * quote.wording 'file_value': a value read from a file a user imported; its text is the
--   element it came from and the value as written there.
-- effect and quote are rebuilt to widen their CHECKs (SQLite cannot alter one): rows keep their
-- rowid, their full-text entries and every reference to them; their triggers are made again as
-- migration 0004 made them. Foreign keys are deferred so that the rows that refer to an effect
-- or a quote wait for it to come back; COMMIT refuses the step if any reference is left dangling.

PRAGMA defer_foreign_keys = ON;

ALTER TABLE outcome ADD COLUMN mean REAL;
ALTER TABLE outcome ADD COLUMN mean_printed TEXT;
ALTER TABLE outcome ADD COLUMN sd REAL CHECK (sd IS NULL OR sd >= 0);
ALTER TABLE outcome ADD COLUMN sd_printed TEXT;
ALTER TABLE outcome ADD COLUMN analysis_id TEXT REFERENCES review_analysis (id);

CREATE TABLE review_analysis (
    id              TEXT PRIMARY KEY,
    source_id       TEXT NOT NULL REFERENCES source (id),
    quote_id        TEXT NOT NULL REFERENCES quote (id),
    endpoint_id     TEXT NOT NULL REFERENCES endpoint (id),
    parent_id       TEXT REFERENCES review_analysis (id),
    comparison      TEXT NOT NULL CHECK (length(comparison) > 0),
    outcome         TEXT NOT NULL CHECK (length(outcome) > 0),
    subgroup        TEXT,
    data_type       TEXT NOT NULL CHECK (data_type IN ('dichotomous', 'continuous', 'inverse_variance')),
    measure         TEXT NOT NULL CHECK (measure IN ('OR', 'RR', 'HR', 'RD', 'MD', 'SMD', 'PETO_OR')),
    method          TEXT NOT NULL CHECK (method IN ('MH', 'IV', 'PETO')),
    model           TEXT NOT NULL CHECK (model IN ('fixed', 'random')),
    group_label_1   TEXT,
    group_label_2   TEXT,
    graph_label_1   TEXT,
    graph_label_2   TEXT,
    estimate        REAL,
    estimate_printed TEXT,
    ci_low          REAL,
    ci_low_printed  TEXT,
    ci_high         REAL,
    ci_high_printed TEXT,
    chi2            REAL CHECK (chi2 IS NULL OR chi2 >= 0),
    chi2_printed    TEXT,
    df              REAL CHECK (df IS NULL OR df >= 0),
    df_printed      TEXT,
    p_chi2          REAL CHECK (p_chi2 IS NULL OR p_chi2 BETWEEN 0 AND 1),
    p_chi2_printed  TEXT,
    i2              REAL CHECK (i2 IS NULL OR i2 BETWEEN 0 AND 100),
    i2_printed      TEXT,
    tau2            REAL CHECK (tau2 IS NULL OR tau2 >= 0),
    tau2_printed    TEXT,
    z               REAL,
    z_printed       TEXT,
    p_z             REAL CHECK (p_z IS NULL OR p_z BETWEEN 0 AND 1),
    p_z_printed     TEXT,
    origin          TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((subgroup IS NULL) = (parent_id IS NULL)),
    CHECK (measure NOT IN ('OR', 'RR', 'HR', 'PETO_OR')
           OR ((estimate IS NULL OR estimate > 0) AND (ci_low IS NULL OR ci_low > 0))),
    CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high),
    CHECK ((ci_low IS NULL) = (ci_high IS NULL)),
    CHECK ((estimate IS NULL) = (estimate_printed IS NULL)),
    CHECK ((ci_low IS NULL) = (ci_low_printed IS NULL)),
    CHECK ((ci_high IS NULL) = (ci_high_printed IS NULL)),
    CHECK ((chi2 IS NULL) = (chi2_printed IS NULL)),
    CHECK ((df IS NULL) = (df_printed IS NULL)),
    CHECK ((p_chi2 IS NULL) = (p_chi2_printed IS NULL)),
    CHECK ((i2 IS NULL) = (i2_printed IS NULL)),
    CHECK ((tau2 IS NULL) = (tau2_printed IS NULL)),
    CHECK ((z IS NULL) = (z_printed IS NULL)),
    CHECK ((p_z IS NULL) = (p_z_printed IS NULL))
);
CREATE INDEX review_analysis_by_source ON review_analysis (source_id);
CREATE INDEX outcome_by_analysis ON outcome (analysis_id);

CREATE TEMP TABLE quote_before AS SELECT rowid AS old_rowid, * FROM quote;
DROP TABLE quote;
CREATE TABLE quote (
    id        TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES source (id),
    text      TEXT NOT NULL CHECK (length(text) > 0),
    location  TEXT,
    origin    TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    wording   TEXT NOT NULL DEFAULT 'verbatim'
        CHECK (wording IN ('verbatim', 'abstract_summary', 'file_value')),
    note      TEXT CHECK (note IS NULL OR length(note) > 0)
);
INSERT INTO quote (rowid, id, source_id, text, location, origin, wording, note)
    SELECT old_rowid, id, source_id, text, location, origin, wording, note FROM quote_before;
DROP TABLE quote_before;
CREATE INDEX quote_by_source ON quote (source_id);

CREATE TEMP TABLE effect_before AS SELECT rowid AS old_rowid, * FROM effect;
DROP TABLE effect;
CREATE TABLE effect (
    id                    TEXT PRIMARY KEY,
    study_id              TEXT NOT NULL REFERENCES study (id),
    endpoint_id           TEXT NOT NULL REFERENCES endpoint (id),
    timepoint_id          TEXT REFERENCES timepoint (id),
    endpoint_wording      TEXT,
    treatment_arm_id      TEXT REFERENCES arm (id),
    comparator_arm_id     TEXT REFERENCES arm (id),
    measure               TEXT CHECK (measure IS NULL OR measure IN ('OR', 'RR', 'HR', 'RD', 'MD', 'SMD', 'PETO_OR')),
    estimate              REAL,
    estimate_printed      TEXT,
    ci_level              REAL CHECK (ci_level IS NULL OR (ci_level > 0 AND ci_level < 1)),
    ci_low                REAL,
    ci_low_printed        TEXT,
    ci_high               REAL,
    ci_high_printed       TEXT,
    p_relation            TEXT CHECK (p_relation IS NULL OR p_relation IN ('=', '<', '<=', '>', '>=')),
    p_value               REAL CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1)),
    p_printed             TEXT,
    analysis              TEXT,
    relative_reduction_percent REAL CHECK (relative_reduction_percent IS NULL OR relative_reduction_percent BETWEEN 0 AND 100),
    relative_reduction_printed TEXT,
    claim                 TEXT CHECK (claim IS NULL OR claim IN (
                              'significantly_better', 'better', 'not_superior', 'similar',
                              'not_significant', 'numerically_worse')),
    claim_wording         TEXT,
    origin                TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    standard_error        REAL CHECK (standard_error IS NULL OR standard_error > 0),
    standard_error_printed TEXT,
    analysis_id           TEXT REFERENCES review_analysis (id),
    CHECK (estimate IS NULL OR measure IS NOT NULL),
    CHECK (measure NOT IN ('OR', 'RR', 'HR', 'PETO_OR') OR estimate IS NULL OR estimate > 0),
    CHECK (measure NOT IN ('OR', 'RR', 'HR', 'PETO_OR') OR ci_low IS NULL OR ci_low > 0),
    CHECK (measure NOT IN ('OR', 'RR', 'HR', 'PETO_OR') OR ci_high IS NULL OR ci_high > 0),
    CHECK (measure <> 'RD' OR ((estimate IS NULL OR estimate BETWEEN -1 AND 1)
                               AND (ci_low IS NULL OR ci_low BETWEEN -1 AND 1)
                               AND (ci_high IS NULL OR ci_high BETWEEN -1 AND 1))),
    CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high),
    CHECK ((ci_low IS NULL) = (ci_high IS NULL)),
    CHECK ((p_value IS NULL) = (p_relation IS NULL)),
    CHECK ((estimate IS NULL) = (estimate_printed IS NULL)),
    CHECK ((ci_low IS NULL) = (ci_low_printed IS NULL)),
    CHECK ((ci_high IS NULL) = (ci_high_printed IS NULL)),
    CHECK ((p_value IS NULL) = (p_printed IS NULL)),
    CHECK ((relative_reduction_percent IS NULL) = (relative_reduction_printed IS NULL)),
    CHECK ((standard_error IS NULL) = (standard_error_printed IS NULL)),
    CHECK (treatment_arm_id IS NULL OR comparator_arm_id IS NULL OR treatment_arm_id <> comparator_arm_id)
);
INSERT INTO effect (rowid, id, study_id, endpoint_id, timepoint_id, endpoint_wording,
                    treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
                    ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed, p_relation,
                    p_value, p_printed, analysis, relative_reduction_percent,
                    relative_reduction_printed, claim, claim_wording, origin)
    SELECT old_rowid, id, study_id, endpoint_id, timepoint_id, endpoint_wording,
           treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed,
           ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed, p_relation,
           p_value, p_printed, analysis, relative_reduction_percent,
           relative_reduction_printed, claim, claim_wording, origin
    FROM effect_before;
DROP TABLE effect_before;
CREATE INDEX effect_by_study ON effect (study_id);
CREATE INDEX effect_by_analysis ON effect (analysis_id);

CREATE TRIGGER study_text_effect_insert AFTER INSERT ON effect BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('effect', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'effect' AND id = new.id),
                coalesce((SELECT label FROM endpoint WHERE id = new.endpoint_id), '') || char(10) || coalesce(new.endpoint_wording, '') || char(10) || coalesce(new.claim_wording, ''));
END;
CREATE TRIGGER study_text_effect_delete AFTER DELETE ON effect BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'effect' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'effect' AND id = old.id;
END;
CREATE TRIGGER study_text_effect_update AFTER UPDATE ON effect BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'effect' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'effect' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('effect', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'effect' AND id = new.id),
                coalesce((SELECT label FROM endpoint WHERE id = new.endpoint_id), '') || char(10) || coalesce(new.endpoint_wording, '') || char(10) || coalesce(new.claim_wording, ''));
END;
CREATE TRIGGER study_text_quote_insert AFTER INSERT ON quote BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('quote', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'quote' AND id = new.id),
                new.text);
END;
CREATE TRIGGER study_text_quote_delete AFTER DELETE ON quote BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'quote' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'quote' AND id = old.id;
END;
CREATE TRIGGER study_text_quote_update AFTER UPDATE ON quote BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'quote' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'quote' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('quote', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'quote' AND id = new.id),
                new.text);
END;
