-- The public reference data Upright ships (org.upright.reference), copied in by ReferenceTables.sync so that queries
-- can join codes to names. Facts name these codes without foreign keys: extractors also derive codes the tables do
-- not list (a mandate created after the table was written), and such a fact must still be stored.
-- One set of migrations serves H2 (PostgreSQL mode, DATABASE_TO_LOWER) and PostgreSQL 15+: portable SQL only.

CREATE TABLE country (
    iso3 VARCHAR PRIMARY KEY,
    iso2 VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL                -- the UN's short name, "Iran (Islamic Republic of)"
);

-- The 18 core instruments (core = TRUE) and the other instruments the UPR compilations report on.
CREATE TABLE instrument (
    code VARCHAR PRIMARY KEY,            -- as the UN abbreviates it: "ICCPR-OP 1", "Rome Statute"
    name VARCHAR NOT NULL,
    core BOOLEAN NOT NULL,
    monitoring_body VARCHAR,             -- mechanism code of the treaty body (core instruments only)
    adopted_year INTEGER,
    other_group VARCHAR                  -- the row of the "other instruments" table it belongs to (others only)
);

-- Optional procedures a State may accept: individual-complaints | inter-state-complaints | inquiry-procedure.
CREATE TABLE instrument_procedure (
    instrument_code VARCHAR NOT NULL REFERENCES instrument (code) ON DELETE CASCADE,
    procedure VARCHAR NOT NULL,
    articles VARCHAR ARRAY NOT NULL,     -- the articles that establish it, ["8", "9"]
    PRIMARY KEY (instrument_code, procedure)
);

-- Treaty bodies, special-procedure mandates, OHCHR, UN agencies and others: the speakers of statements.
CREATE TABLE mechanism (
    code VARCHAR PRIMARY KEY,            -- "CAT", "SR-torture", "UNICEF"
    mechanism_type VARCHAR NOT NULL,     -- OHCHR | TREATY_BODY | SPECIAL_PROCEDURE | UN_AGENCY | OTHER
    name VARCHAR NOT NULL
);
CREATE INDEX mechanism_by_type ON mechanism (mechanism_type);

-- Every name and abbreviation a mechanism goes by in UN documents, for search.
CREATE TABLE mechanism_name (
    mechanism_code VARCHAR NOT NULL REFERENCES mechanism (code) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    PRIMARY KEY (mechanism_code, ordinal)
);

CREATE VIEW treaty_body AS SELECT code, name FROM mechanism WHERE mechanism_type = 'TREATY_BODY';
CREATE VIEW special_procedure_mandate AS SELECT code, name FROM mechanism WHERE mechanism_type = 'SPECIAL_PROCEDURE';

CREATE TABLE upr_session (
    session_number INTEGER PRIMARY KEY,
    held_year INTEGER NOT NULL,
    cycle INTEGER NOT NULL
);

-- A fingerprint of the reference data last copied in, so that a start with unchanged data costs one read; the row
-- is locked while a sync runs, so that two processes starting together copy it once.
CREATE TABLE reference_sync (
    name VARCHAR PRIMARY KEY,
    fingerprint VARCHAR,
    synced_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO reference_sync (name) VALUES ('reference');
