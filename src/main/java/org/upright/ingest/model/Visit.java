package org.upright.ingest.model;

/** A country visit a mandate holder made, with its first and last day (ISO dates at the precision given). */
public record Visit(String mandate, String start, String end, Integer footnote) {
}
