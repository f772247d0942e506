package org.upright.ingest.model;

/** What a document is: its UN symbol, the State it concerns (ISO 3166 alpha-3), its kind, UPR cycle and language. */
public record DocumentInfo(String symbol, String country, String kind, Integer cycle, String language) {
}
