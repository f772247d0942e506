package org.upright.reference;

import java.util.List;

/**
 * Where a text names one or more mechanisms: the span [start, end) and their codes. One mention can name several
 * ("the Special Rapporteurs on torture and on freedom of religion or belief" gives SR-torture and SR-religion).
 */
public record MechanismMention(int start, int end, List<String> codes, MechanismType type, String text) {
}
