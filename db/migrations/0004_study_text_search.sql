-- SPDX-License-Identifier: MIT
-- Schema version 4: a full-text index of what the study list's text filter searches.
--
-- The text filter keeps a study when its name, design, population, country or notes, an
-- arm's label, schedule or notes, a result's endpoint, wording, method, finding or claim, a
-- caveat, or a quote it cites contains the typed text, without regard to case
-- (StudySelection::matches). study_text holds each of those rows' text once, in an FTS5 table
-- with the trigram tokenizer, which finds any substring of three or more characters through
-- the index; study_text_row names the row each entry comes from (its integer key survives
-- VACUUM, unlike the rowid of a table with a text id). Triggers keep both in step with every
-- insert, update and delete, whoever makes it. Existing rows, bundled or entered by a user,
-- are indexed here and kept as they are.
-- Each indexed table has an insert, a delete and an update trigger. A quote is indexed once,
-- however many values cite it, and found for a study through provenance; an endpoint's label
-- is part of its results' entries, which are refreshed when it changes.

CREATE TABLE study_text_row (
    row  INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('study', 'arm', 'outcome', 'effect', 'caveat', 'quote')),
    id   TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE VIRTUAL TABLE study_text USING fts5 (text, tokenize = 'trigram');

INSERT INTO study_text_row (kind, id) SELECT 'study', id FROM study ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, coalesce(x.name, '') || char(10) || coalesce(x.design, '') || char(10) || coalesce(x.population, '') || char(10) || coalesce(x.country, '') || char(10) || coalesce(x.notes, '')
    FROM study_text_row r JOIN study x ON x.id = r.id WHERE r.kind = 'study';
INSERT INTO study_text_row (kind, id) SELECT 'arm', id FROM arm ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, coalesce(x.label, '') || char(10) || coalesce(x.schedule, '') || char(10) || coalesce(x.notes, '')
    FROM study_text_row r JOIN arm x ON x.id = r.id WHERE r.kind = 'arm';
INSERT INTO study_text_row (kind, id) SELECT 'outcome', id FROM outcome ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.method, '') || char(10) || coalesce(x.finding, '')
    FROM study_text_row r JOIN outcome x ON x.id = r.id WHERE r.kind = 'outcome';
INSERT INTO study_text_row (kind, id) SELECT 'effect', id FROM effect ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.claim_wording, '')
    FROM study_text_row r JOIN effect x ON x.id = r.id WHERE r.kind = 'effect';
INSERT INTO study_text_row (kind, id) SELECT 'caveat', id FROM caveat ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, x.text
    FROM study_text_row r JOIN caveat x ON x.id = r.id WHERE r.kind = 'caveat';
INSERT INTO study_text_row (kind, id) SELECT 'quote', id FROM quote ORDER BY rowid;
INSERT INTO study_text (rowid, text)
    SELECT r.row, x.text
    FROM study_text_row r JOIN quote x ON x.id = r.id WHERE r.kind = 'quote';

CREATE TRIGGER study_text_study_insert AFTER INSERT ON study BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('study', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'study' AND id = new.id),
                coalesce(new.name, '') || char(10) || coalesce(new.design, '') || char(10) || coalesce(new.population, '') || char(10) || coalesce(new.country, '') || char(10) || coalesce(new.notes, ''));
END;
CREATE TRIGGER study_text_study_delete AFTER DELETE ON study BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'study' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'study' AND id = old.id;
END;
CREATE TRIGGER study_text_study_update AFTER UPDATE ON study BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'study' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'study' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('study', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'study' AND id = new.id),
                coalesce(new.name, '') || char(10) || coalesce(new.design, '') || char(10) || coalesce(new.population, '') || char(10) || coalesce(new.country, '') || char(10) || coalesce(new.notes, ''));
END;
CREATE TRIGGER study_text_arm_insert AFTER INSERT ON arm BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('arm', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'arm' AND id = new.id),
                coalesce(new.label, '') || char(10) || coalesce(new.schedule, '') || char(10) || coalesce(new.notes, ''));
END;
CREATE TRIGGER study_text_arm_delete AFTER DELETE ON arm BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'arm' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'arm' AND id = old.id;
END;
CREATE TRIGGER study_text_arm_update AFTER UPDATE ON arm BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'arm' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'arm' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('arm', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'arm' AND id = new.id),
                coalesce(new.label, '') || char(10) || coalesce(new.schedule, '') || char(10) || coalesce(new.notes, ''));
END;
CREATE TRIGGER study_text_outcome_insert AFTER INSERT ON outcome BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('outcome', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'outcome' AND id = new.id),
                coalesce((SELECT label FROM endpoint WHERE id = new.endpoint_id), '') || char(10) || coalesce(new.endpoint_wording, '') || char(10) || coalesce(new.method, '') || char(10) || coalesce(new.finding, ''));
END;
CREATE TRIGGER study_text_outcome_delete AFTER DELETE ON outcome BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'outcome' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'outcome' AND id = old.id;
END;
CREATE TRIGGER study_text_outcome_update AFTER UPDATE ON outcome BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'outcome' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'outcome' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('outcome', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'outcome' AND id = new.id),
                coalesce((SELECT label FROM endpoint WHERE id = new.endpoint_id), '') || char(10) || coalesce(new.endpoint_wording, '') || char(10) || coalesce(new.method, '') || char(10) || coalesce(new.finding, ''));
END;
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
CREATE TRIGGER study_text_caveat_insert AFTER INSERT ON caveat BEGIN
    INSERT INTO study_text_row (kind, id) VALUES ('caveat', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'caveat' AND id = new.id),
                new.text);
END;
CREATE TRIGGER study_text_caveat_delete AFTER DELETE ON caveat BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'caveat' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'caveat' AND id = old.id;
END;
CREATE TRIGGER study_text_caveat_update AFTER UPDATE ON caveat BEGIN
    DELETE FROM study_text
        WHERE rowid = (SELECT row FROM study_text_row WHERE kind = 'caveat' AND id = old.id);
    DELETE FROM study_text_row WHERE kind = 'caveat' AND id = old.id;
    INSERT INTO study_text_row (kind, id) VALUES ('caveat', new.id);
    INSERT INTO study_text (rowid, text)
        VALUES ((SELECT row FROM study_text_row WHERE kind = 'caveat' AND id = new.id),
                new.text);
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
CREATE TRIGGER study_text_endpoint_insert AFTER INSERT ON endpoint BEGIN
    DELETE FROM study_text WHERE rowid IN (
        SELECT r.row FROM outcome x JOIN study_text_row r ON r.kind = 'outcome' AND r.id = x.id
        WHERE x.endpoint_id = new.id);
    INSERT INTO study_text (rowid, text)
        SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.method, '') || char(10) || coalesce(x.finding, '')
        FROM outcome x JOIN study_text_row r ON r.kind = 'outcome' AND r.id = x.id
        WHERE x.endpoint_id = new.id;
    DELETE FROM study_text WHERE rowid IN (
        SELECT r.row FROM effect x JOIN study_text_row r ON r.kind = 'effect' AND r.id = x.id
        WHERE x.endpoint_id = new.id);
    INSERT INTO study_text (rowid, text)
        SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.claim_wording, '')
        FROM effect x JOIN study_text_row r ON r.kind = 'effect' AND r.id = x.id
        WHERE x.endpoint_id = new.id;
END;
CREATE TRIGGER study_text_endpoint_update AFTER UPDATE OF label ON endpoint BEGIN
    DELETE FROM study_text WHERE rowid IN (
        SELECT r.row FROM outcome x JOIN study_text_row r ON r.kind = 'outcome' AND r.id = x.id
        WHERE x.endpoint_id = new.id);
    INSERT INTO study_text (rowid, text)
        SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.method, '') || char(10) || coalesce(x.finding, '')
        FROM outcome x JOIN study_text_row r ON r.kind = 'outcome' AND r.id = x.id
        WHERE x.endpoint_id = new.id;
    DELETE FROM study_text WHERE rowid IN (
        SELECT r.row FROM effect x JOIN study_text_row r ON r.kind = 'effect' AND r.id = x.id
        WHERE x.endpoint_id = new.id);
    INSERT INTO study_text (rowid, text)
        SELECT r.row, coalesce((SELECT label FROM endpoint WHERE id = x.endpoint_id), '') || char(10) || coalesce(x.endpoint_wording, '') || char(10) || coalesce(x.claim_wording, '')
        FROM effect x JOIN study_text_row r ON r.kind = 'effect' AND r.id = x.id
        WHERE x.endpoint_id = new.id;
END;
