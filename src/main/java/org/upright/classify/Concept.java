package org.upright.classify;

/**
 * One canonical entry of the taxonomy: a UHRI theme (its code, like {@code A12}), a group of affected persons or an
 * SDG; {@code origin} says whose list it comes from ({@code uhri}, {@code un}, or {@code upright} for a newer label
 * the coded list has no counterpart for).
 */
public record Concept(Family family, String id, String label, String origin) {
}
