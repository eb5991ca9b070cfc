-- SPDX-License-Identifier: MIT
-- Schema version 3: indexes for reading a large database a page of studies at a time.
--
-- A filtered or paged read (export --condition, the streaming export, audit) reads only the
-- rows of its own studies: the quotes of one source, and the citations and caveats of one
-- study, arm, outcome or effect, each found through an index instead of a whole-table scan.
-- Only indexes are added; every row, bundled or entered by a user, is kept as it is.

CREATE INDEX quote_by_source ON quote (source_id);
CREATE INDEX provenance_by_study ON provenance (study_id);
CREATE INDEX provenance_by_arm ON provenance (arm_id);
CREATE INDEX provenance_by_outcome ON provenance (outcome_id);
CREATE INDEX provenance_by_effect ON provenance (effect_id);
CREATE INDEX caveat_by_study ON caveat (study_id);
CREATE INDEX caveat_by_arm ON caveat (arm_id);
CREATE INDEX caveat_by_outcome ON caveat (outcome_id);
CREATE INDEX caveat_by_effect ON caveat (effect_id);
CREATE INDEX classification_by_study ON classification (study_id);
CREATE INDEX classification_by_arm ON classification (arm_id);
