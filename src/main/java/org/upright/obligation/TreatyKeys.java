package org.upright.obligation;

import java.util.List;
import java.util.Optional;
import org.upright.reference.Instrument;
import org.upright.reference.Instruments;
import org.upright.reference.Mechanisms;

/**
 * Which instrument a reporting row or a treaty body's document is about. Rows name a body ("CERD",
 * "HR Committee") or, for the protocols reported on separately, the protocol ("OP-CRC-AC"); documents carry the
 * body in their symbol (CRC/C/OPAC/... for that protocol).
 */
final class TreatyKeys {
    private final Instruments instruments;
    private final Mechanisms mechanisms;

    TreatyKeys(Instruments instruments, Mechanisms mechanisms) {
        this.instruments = instruments;
        this.mechanisms = mechanisms;
    }

    /** The instrument a row label names: a protocol by its code, else the main treaty of the body named. */
    Optional<Instrument> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Optional<Instrument> byCode = instruments.byAbbreviation(label);
        if (byCode.isPresent()) {
            return byCode;
        }
        List<String> codes = mechanisms.byCode(label).map(m -> List.of(m.code())).orElse(mechanisms.codesOf(label));
        return codes.isEmpty() ? Optional.empty() : mainTreatyOf(codes.get(0));
    }

    /** The instrument a treaty body's document is about, from its symbol. */
    Optional<Instrument> ofSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        Optional<String> body = mechanisms.mechanismOfSymbol(symbol);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (symbol.contains("/OPAC/")) {
            return instruments.byAbbreviation("OP-CRC-AC");
        }
        if (symbol.contains("/OPSC/")) {
            return instruments.byAbbreviation("OP-CRC-SC");
        }
        return mainTreatyOf(body.get());
    }

    /** The first instrument a body monitors in the table's order: the treaty, not its protocols. */
    Optional<Instrument> mainTreatyOf(String body) {
        return instruments.all().stream().filter(i -> body.equals(i.body())).findFirst();
    }

    /** How the compilations' reporting tables name a body where its code is not what they print. */
    private static final java.util.Map<String, String> TABLE_NAMES = java.util.Map.of("HRCttee", "HR Committee");

    /** The label a body has in output, as the reporting tables print it: the protocol's code, or the body's. */
    static String label(Instrument instrument, Instrument mainTreaty) {
        return instrument.equals(mainTreaty) ? TABLE_NAMES.getOrDefault(instrument.body(), instrument.body())
                : instrument.code();
    }
}
