package org.upright.reference;

import java.util.List;

/** An optional procedure of an instrument: individual-complaints | inter-state-complaints | inquiry-procedure, by article. */
public record OptionalProcedure(String procedure, List<String> articles) {
}
