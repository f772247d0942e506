package org.upright.reference;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The treaty bodies that issue documents under each UN symbol prefix ("CAT/C/..." is CAT's, "CAT/OP/..." the SPT's). */
final class SymbolIssuers {
    /** The more specific prefix first. */
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("CAT/OP/", "SPT");
        PREFIXES.put("CAT/", "CAT");
        PREFIXES.put("CCPR/", "HRCttee");
        PREFIXES.put("E/C.12/", "CESCR");
        PREFIXES.put("CERD/", "CERD");
        PREFIXES.put("CEDAW/", "CEDAW");
        PREFIXES.put("CRC/", "CRC");
        PREFIXES.put("CMW/", "CMW");
        PREFIXES.put("CRPD/", "CRPD");
        PREFIXES.put("CED/", "CED");
    }

    private SymbolIssuers() {
    }

    static Optional<String> bodyOf(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String normalized = symbol.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (normalized.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }
}
