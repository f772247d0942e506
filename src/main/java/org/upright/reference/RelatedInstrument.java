package org.upright.reference;

import java.util.List;

/**
 * An instrument outside the core treaties that the UPR compilations report on (Genocide Convention, Rome Statute,
 * refugee and statelessness conventions, Geneva Conventions, ILO and UNESCO conventions); {@code group} is the row of
 * the compilations' "Other main relevant international instruments" table it belongs to.
 */
public record RelatedInstrument(String code, String name, List<String> aliases, Integer adoptedYear, String group) {
}
