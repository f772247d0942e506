package org.upright.reference;

import java.util.List;

/**
 * Where running text names instruments: the span [start, end) and the codes of the instruments named, core
 * ("OP-CAT") or other ("Rome Statute", "1954 Convention"), as the reference data lists them. One mention can name
 * several ("both Optional Protocols to ICCPR", "the 1954 and 1961 Conventions").
 */
public record InstrumentNameMention(int start, int end, List<String> codes) {

    public InstrumentNameMention {
        codes = List.copyOf(codes);
    }
}
