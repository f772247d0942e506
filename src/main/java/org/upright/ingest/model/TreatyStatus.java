package org.upright.ingest.model;

/**
 * One treaty mention in a cell of the 2014 table: {@code row} is ratification | reservations |
 * complaint-procedures, {@code column} previous-cycle | after-review | not-ratified.
 */
public record TreatyStatus(String instrument, String row, String column, Integer year, String text) {
}
