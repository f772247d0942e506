package org.upright.reference;

import java.util.List;

/** A State or territory of ISO 3166-1 with the UN's short name ("Iran (Islamic Republic of)") and other names. */
public record Country(String alpha2, String alpha3, String name, List<String> variants) {
}
