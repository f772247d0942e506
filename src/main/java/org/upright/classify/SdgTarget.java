package org.upright.classify;

/**
 * One of the 169 targets of the Sustainable Development Goals (A/RES/71/313): its goal's concept id ({@code SDG16}),
 * its own number ({@code 16.3}, {@code 16.b}) and its text.
 */
public record SdgTarget(String goalId, String id, String text) {
}
