package org.upright.classify;

/**
 * A statement or recommendation the label store knows: its stable key, the State (ISO 3166 alpha-3), its kind
 * (recommendation, concern, ...), the document symbol and its text, kept so that the review queue and training read
 * the text without the document.
 */
public record LabelledEntry(String key, String country, String kind, String symbol, String text) {
}
