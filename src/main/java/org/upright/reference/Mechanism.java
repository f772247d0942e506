package org.upright.reference;

import java.util.List;

/** A mechanism that speaks in UN documents: a treaty body, a special-procedure mandate, OHCHR or a UN agency. */
public record Mechanism(String code, MechanismType type, String name, List<String> names) {
}
