package org.upright.reference;

/** Where a text names an instrument by its abbreviation: the span [start, end). */
public record InstrumentMention(Instrument instrument, int start, int end) {
}
