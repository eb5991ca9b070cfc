-- SPDX-License-Identifier: MIT
-- Schema version 1: the evidence model.
--
-- Conventions
-- * Text ids (e.g. 'iino-2005') so that bundled rows keep their identity when a newer
--   program replaces the bundled dataset; rows a user adds keep theirs (origin = 'user').
-- * Every number has a *_printed twin holding the digits exactly as the source prints
--   them ("1.10", "<0.001"), because rounding-aware checks need the printed precision.
-- * NULL means "not reported". CHECK constraints reject only impossible values; values
--   that are possible but inconsistent are stored as the source states them.
-- * Foreign keys have no ON DELETE CASCADE: replacing the bundled dataset deletes and
--   re-inserts bundled rows with deferred foreign keys, and must never take user rows along.

CREATE TABLE dataset_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE source (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('review_article', 'primary_publication')),
    citation  TEXT NOT NULL,
    title     TEXT NOT NULL,
    year      INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
    doi       TEXT,
    pmid      TEXT,
    notes     TEXT,
    origin    TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user'))
);

-- The verbatim sentence a number was read from.
CREATE TABLE quote (
    id        TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES source (id),
    text      TEXT NOT NULL CHECK (length(text) > 0),
    location  TEXT,
    origin    TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user'))
);

CREATE TABLE condition (
    id          TEXT PRIMARY KEY CHECK (id = lower(id) AND length(id) > 0),
    label       TEXT NOT NULL,
    description TEXT,
    origin      TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user'))
);

CREATE TABLE intervention (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    short_label TEXT NOT NULL,
    drug_class  TEXT,
    origin      TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user'))
);

-- direction says whether a higher value of what the endpoint counts is better
-- (a response) or worse (death, recurrence, HCC). For survival endpoints the counted
-- event is named in event_label, and hazard ratios refer to that event.
CREATE TABLE endpoint (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    event_label TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'higher_is_worse')),
    description TEXT,
    origin      TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user'))
);

-- A structured time point: amount and unit counted from an anchor, with the label the
-- source uses ("72 weeks" from the start of treatment is amount 72, unit 'week').
-- 'whole_follow_up' is a result over the study's follow-up (a hazard ratio).
CREATE TABLE timepoint (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    anchor    TEXT NOT NULL CHECK (anchor IN ('treatment_start', 'treatment_end', 'whole_follow_up')),
    amount    REAL CHECK (amount IS NULL OR amount >= 0),
    unit      TEXT CHECK (unit IS NULL OR unit IN ('week', 'month')),
    origin    TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((amount IS NULL) = (unit IS NULL))
);

CREATE TABLE study (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('trial', 'cohort', 'meta_analysis', 'summary_statement', 'unspecified')),
    design             TEXT,
    population         TEXT,
    country            TEXT,
    size               INTEGER CHECK (size IS NULL OR size > 0),
    size_printed       TEXT,
    included_studies   INTEGER CHECK (included_studies IS NULL OR included_studies > 0),
    included_studies_printed   TEXT,
    follow_up   REAL CHECK (follow_up IS NULL OR follow_up > 0),
    follow_up_unit     TEXT CHECK (follow_up_unit IS NULL OR follow_up_unit IN ('week', 'month')),
    follow_up_statistic TEXT CHECK (follow_up_statistic IS NULL OR follow_up_statistic IN ('median', 'fixed')),
    follow_up_printed  TEXT,
    notes              TEXT,
    origin             TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((follow_up IS NULL) = (follow_up_unit IS NULL))
);

CREATE TABLE study_condition (
    study_id     TEXT NOT NULL REFERENCES study (id),
    condition_id TEXT NOT NULL REFERENCES condition (id),
    origin       TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    PRIMARY KEY (study_id, condition_id)
);

CREATE TABLE arm (
    id              TEXT PRIMARY KEY,
    study_id        TEXT NOT NULL REFERENCES study (id),
    label           TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('treatment', 'comparator', 'historical_control', 'single_arm')),
    dose     REAL CHECK (dose IS NULL OR dose > 0),
    dose_unit       TEXT,
    dose_printed    TEXT,
    schedule        TEXT,
    duration REAL CHECK (duration IS NULL OR duration > 0),
    duration_unit   TEXT CHECK (duration_unit IS NULL OR duration_unit IN ('day', 'week', 'month')),
    duration_printed TEXT,
    size            INTEGER CHECK (size IS NULL OR size > 0),
    size_printed    TEXT,
    notes           TEXT,
    origin          TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((dose IS NULL) = (dose_unit IS NULL)),
    CHECK ((duration IS NULL) = (duration_unit IS NULL))
);

-- What an arm received; a combination arm has several rows.
CREATE TABLE arm_intervention (
    arm_id          TEXT NOT NULL REFERENCES arm (id),
    intervention_id TEXT NOT NULL REFERENCES intervention (id),
    origin          TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    PRIMARY KEY (arm_id, intervention_id)
);

-- An arm-level result: a rate (percent, or a reported range of percents), events of a
-- total, or only a finding in words where the source gives no number.
CREATE TABLE outcome (
    id               TEXT PRIMARY KEY,
    arm_id           TEXT NOT NULL REFERENCES arm (id),
    endpoint_id      TEXT NOT NULL REFERENCES endpoint (id),
    timepoint_id     TEXT REFERENCES timepoint (id),
    endpoint_wording TEXT,
    method           TEXT,
    events           INTEGER CHECK (events IS NULL OR events >= 0),
    total            INTEGER CHECK (total IS NULL OR total > 0),
    percent          REAL CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
    percent_printed  TEXT,
    percent_low      REAL CHECK (percent_low IS NULL OR percent_low BETWEEN 0 AND 100),
    percent_low_printed TEXT,
    percent_high     REAL CHECK (percent_high IS NULL OR percent_high BETWEEN 0 AND 100),
    percent_high_printed TEXT,
    finding          TEXT,
    origin           TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK (events IS NULL OR total IS NULL OR events <= total),
    CHECK (percent_low IS NULL OR percent_high IS NULL OR percent_low <= percent_high),
    CHECK ((percent_low IS NULL) = (percent_high IS NULL)),
    CHECK (percent IS NULL OR percent_low IS NULL),
    CHECK ((percent IS NULL) = (percent_printed IS NULL)),
    CHECK ((percent_low IS NULL) = (percent_low_printed IS NULL)),
    CHECK ((percent_high IS NULL) = (percent_high_printed IS NULL))
);

-- A contrast-level result of one arm against another. measure and estimate may be NULL
-- where the source only states a finding in words ("similar", "not significant").
-- claim is the source's own wording about the result, from the treatment arm's side.
-- ci_level is NULL where the source prints an interval without stating its level.
CREATE TABLE effect (
    id                    TEXT PRIMARY KEY,
    study_id              TEXT NOT NULL REFERENCES study (id),
    endpoint_id           TEXT NOT NULL REFERENCES endpoint (id),
    timepoint_id          TEXT REFERENCES timepoint (id),
    endpoint_wording      TEXT,
    treatment_arm_id      TEXT REFERENCES arm (id),
    comparator_arm_id     TEXT REFERENCES arm (id),
    measure               TEXT CHECK (measure IS NULL OR measure IN ('OR', 'RR', 'HR', 'RD')),
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
    CHECK (estimate IS NULL OR measure IS NOT NULL),
    CHECK (measure NOT IN ('OR', 'RR', 'HR') OR estimate IS NULL OR estimate > 0),
    CHECK (measure NOT IN ('OR', 'RR', 'HR') OR ci_low IS NULL OR ci_low > 0),
    CHECK (measure NOT IN ('OR', 'RR', 'HR') OR ci_high IS NULL OR ci_high > 0),
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
    CHECK (treatment_arm_id IS NULL OR comparator_arm_id IS NULL OR treatment_arm_id <> comparator_arm_id)
);

-- Statements about the therapy as a whole that belong to no study or condition.
CREATE TABLE therapy_fact (
    id            TEXT PRIMARY KEY,
    intervention_id TEXT NOT NULL REFERENCES intervention (id),
    topic         TEXT NOT NULL,
    statement     TEXT NOT NULL,
    relation      TEXT CHECK (relation IS NULL OR relation IN ('=', '>', '<')),
    value         REAL,
    value_printed TEXT,
    unit          TEXT,
    origin        TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((value IS NULL) = (value_printed IS NULL)),
    CHECK (value IS NULL OR relation IS NOT NULL)
);

-- Which quote stands behind which row (and, for a study or arm, which of its fields).
-- Exactly one target per row; a result reported by two sources has two rows here and is
-- stored once.
CREATE TABLE provenance (
    id           INTEGER PRIMARY KEY,
    quote_id     TEXT NOT NULL REFERENCES quote (id),
    study_id     TEXT REFERENCES study (id),
    arm_id       TEXT REFERENCES arm (id),
    outcome_id   TEXT REFERENCES outcome (id),
    effect_id    TEXT REFERENCES effect (id),
    fact_id      TEXT REFERENCES therapy_fact (id),
    field        TEXT,
    origin       TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((study_id IS NOT NULL) + (arm_id IS NOT NULL) + (outcome_id IS NOT NULL)
           + (effect_id IS NOT NULL) + (fact_id IS NOT NULL) = 1)
);

-- A qualification of one stored value: where the document's words and numbers disagree,
-- where it differs from its primary publication, or a limitation of the design.
CREATE TABLE caveat (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('words_vs_numbers', 'differs_from_primary',
                                             'omitted_by_document', 'design_limitation')),
    text       TEXT NOT NULL,
    quote_id   TEXT REFERENCES quote (id),
    study_id   TEXT REFERENCES study (id),
    arm_id     TEXT REFERENCES arm (id),
    outcome_id TEXT REFERENCES outcome (id),
    effect_id  TEXT REFERENCES effect (id),
    origin     TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((study_id IS NOT NULL) + (arm_id IS NOT NULL) + (outcome_id IS NOT NULL)
           + (effect_id IS NOT NULL) = 1)
);

CREATE INDEX arm_by_study ON arm (study_id);
CREATE INDEX outcome_by_arm ON outcome (arm_id);
CREATE INDEX effect_by_study ON effect (study_id);
CREATE INDEX provenance_by_quote ON provenance (quote_id);
CREATE INDEX study_condition_by_condition ON study_condition (condition_id);
