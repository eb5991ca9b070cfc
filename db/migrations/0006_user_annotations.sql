-- SPDX-License-Identifier: MIT
-- Schema version 6: what a user types in the window is marked as the user's own entry.
--
-- * A study entered in the window cites a source of kind 'user_entry': the reference the user
--   names (a citation in their own words, its year), never presented as a publication's
--   record.
-- * Each row the user enters or changes cites a quote of wording 'user_entry': the statement
--   that the user entered it, and when, shown as the user's and never in quotation marks.
-- * A CSV sheet a user imports is the source of its rows, of kind 'user_file': the user's
--   file, never presented as a publication.
-- * annotation holds the user's own note on a study, bundled or not: the one thing a user
--   may add to a bundled study, shown as the user's, never as the source's.
-- Both CHECKs only gain a value, which SQLite's documented procedure for loosening a CHECK
-- does in place (no table is rebuilt, so no row, bundled or the user's, is touched). The last
-- statement makes the step fail if either CHECK did not read as expected.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (kind IN (''review_article'', ''primary_publication''))',
                     'CHECK (kind IN (''review_article'', ''primary_publication'', ''user_entry'', ''user_file''))')
 WHERE type = 'table' AND name = 'source';
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (wording IN (''verbatim'', ''abstract_summary'', ''file_value''))',
                     'CHECK (wording IN (''verbatim'', ''abstract_summary'', ''file_value'', ''user_entry''))')
 WHERE type = 'table' AND name = 'quote';
PRAGMA writable_schema = RESET;

INSERT INTO dataset_meta (key, value)
SELECT 'migration 6 failed: the source and quote CHECKs were not as expected', NULL
 WHERE (SELECT count(*) FROM sqlite_schema
         WHERE (name = 'source' AND sql LIKE '%''primary_publication'', ''user_entry'', ''user_file''))%')
            OR (name = 'quote' AND sql LIKE '%''file_value'', ''user_entry''))%')) <> 2;

CREATE TABLE annotation (
    id       TEXT PRIMARY KEY,
    study_id TEXT NOT NULL UNIQUE REFERENCES study (id),
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    origin   TEXT NOT NULL DEFAULT 'user' CHECK (origin = 'user')
);
