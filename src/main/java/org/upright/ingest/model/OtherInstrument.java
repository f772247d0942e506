package org.upright.ingest.model;

/** A row of the "other main relevant international instruments" table, e.g. the Rome Statute: "No". */
public record OtherInstrument(String instrument, Integer footnote, String statusText, Boolean party) {
}
