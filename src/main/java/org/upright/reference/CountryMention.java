package org.upright.reference;

/** Where a text names a country: the character span [start, end). */
public record CountryMention(Country country, int start, int end) {
}
