package org.upright.ingest.model;

import java.util.List;

/** A UPR recommendation as numbered in a Working Group report, with its recommending States and the State's position. */
public record Recommendation(String number, String text, List<String> recommendingStates, String position) {
}
