package org.upright.ingest.model;

/** A core treaty the State is not party to, and whether it has signed it only (with the year of signature). */
public record NotParty(String instrument, boolean signedOnly, Integer signatureYear) {
}
