-- SPDX-License-Identifier: MIT
-- Schema version 2: a quote is the source's words, nothing else.
--
-- * quote.wording says whose words a quote is: 'verbatim' (the source's own text) or
--   'abstract_summary' (a line of db/seed/primary-sources.md, Evidence Browser's summary of a
--   primary publication's abstract, which is shown as such and never in quotation marks).
-- * quote.note holds Evidence Browser's statement about the quote ("the document calls it
--   seroconversion"), shown as ours, never as the source's.
-- * caveat.field names the field of its row that is in dispute ('design' of a study), so the
--   audit names that value rather than the row's headline number.
-- * classification marks a value that is this program's classification, not the source's
--   statement (an arm's role, a time point's anchor, a drug class, a country).
-- Existing quotes keep wording 'verbatim'; rows a user entered are kept unchanged.

ALTER TABLE quote ADD COLUMN wording TEXT NOT NULL DEFAULT 'verbatim'
    CHECK (wording IN ('verbatim', 'abstract_summary'));
ALTER TABLE quote ADD COLUMN note TEXT CHECK (note IS NULL OR length(note) > 0);

ALTER TABLE caveat ADD COLUMN field TEXT;

CREATE TABLE classification (
    id              TEXT PRIMARY KEY,
    field           TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (length(reason) > 0),
    study_id        TEXT REFERENCES study (id),
    arm_id          TEXT REFERENCES arm (id),
    endpoint_id     TEXT REFERENCES endpoint (id),
    timepoint_id    TEXT REFERENCES timepoint (id),
    intervention_id TEXT REFERENCES intervention (id),
    origin          TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'user')),
    CHECK ((study_id IS NOT NULL) + (arm_id IS NOT NULL) + (endpoint_id IS NOT NULL)
           + (timepoint_id IS NOT NULL) + (intervention_id IS NOT NULL) = 1)
);
