package org.upright.reference;

import java.util.List;

/** A core instrument: its code as the UN abbreviates it ("ICCPR-OP 1"), full name, aliases and monitoring body. */
public record Instrument(String code, String name, List<String> aliases, String body, Integer adoptedYear,
                         List<OptionalProcedure> procedures) {
}
