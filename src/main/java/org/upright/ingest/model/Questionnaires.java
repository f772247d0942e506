package org.upright.ingest.model;

/** Thematic questionnaires sent by special procedures and how many the State answered within the deadline. */
public record Questionnaires(Integer sent, Integer answeredInTime) {
}
