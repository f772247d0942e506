package org.upright.tracking;

import java.util.Locale;
import org.upright.common.UsageException;

/**
 * The stable keys of tracked items. A search entry's id ({@code r:<storedDocId>:<ordinal>}) changes with every new
 * version of its document; a tracking key does not: it names the document by its lineage (the symbol, or the file
 * name of a document without one, which all versions share, with {@code /} written {@code _} so that the key is one
 * URL path segment) and the unit by what a new version keeps: a recommendation by its printed number ("95.12"), else
 * by its ordinal; a statement and a paragraph by their ordinals. Clusters are {@code c:<name>}.
 *
 * <p>Examples: {@code r:A_HRC_22_12:95.12}, {@code s:A_HRC_WG.6_7_KAZ_2:14}, {@code c:ratify-opcat}.
 */
public final class TrackingKey {
    static final int MAX_LENGTH = 400;

    private TrackingKey() {
    }

    /**
     * The key of a search entry or hit: its id ({@code r:12:3}, {@code s:12:40}, {@code p:12:7}), its document's
     * symbol as the index holds it (the lineage: symbol or file name) and a recommendation's printed number.
     */
    public static String ofEntry(String entryId, String symbol, String number) {
        String[] parts = entryId == null ? new String[0] : entryId.split(":");
        if (parts.length != 3 || symbol == null || symbol.isBlank()) {
            throw new UsageException("not a search entry id: " + entryId);
        }
        return switch (parts[0]) {
            case "r" -> recommendation(symbol, number, Integer.parseInt(parts[2]));
            case "s" -> "s:" + lineage(symbol) + ":" + Integer.parseInt(parts[2]);
            case "p" -> "p:" + lineage(symbol) + ":" + Integer.parseInt(parts[2]);
            default -> throw new UsageException("not a search entry id: " + entryId);
        };
    }

    /** A UPR recommendation's key: by its printed number when it has one, else by its ordinal in the document. */
    public static String recommendation(String lineage, String number, int ordinal) {
        return "r:" + lineage(lineage) + ":" + (number == null || number.isBlank() ? "@" + ordinal : number.strip());
    }

    /** A statement's key: its ordinal among the statements of its document. */
    public static String statement(String lineage, int ordinal) {
        return "s:" + lineage(lineage) + ":" + ordinal;
    }

    /** A cluster's key from its name: lower case, runs of other characters than letters and digits as one dash. */
    public static String cluster(String name) {
        String slug = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new UsageException("a cluster needs a name with a letter or a digit");
        }
        return check("c:" + slug);
    }

    /** Whether the key names a cluster. */
    public static boolean isCluster(String key) {
        return key.startsWith("c:");
    }

    /** The key as given, checked: a known kind, a lineage and a locator, no slash, at most 400 characters. */
    public static String check(String key) {
        if (key == null || key.length() > MAX_LENGTH || key.contains("/") || key.isBlank()
                || key.chars().anyMatch(Character::isISOControl)
                || !(key.matches("[rsp]:[^:]+:.+") || key.matches("c:[^:]+"))) {
            throw new UsageException("not a tracking key: " + (key == null ? "nothing" : key.length() > 80
                    ? key.substring(0, 80) + "..." : key) + " (e.g. r:A_HRC_22_12:95.12 or c:ratify-opcat)");
        }
        return key;
    }

    /** A document's lineage (its symbol, or file name) as keys write it: {@code /} and {@code :} become {@code _}. */
    public static String lineage(String lineage) {
        return lineage.strip().replace('/', '_').replace(':', '_');
    }

    /**
     * The document lineage (as {@link #lineage} writes it) of a recommendation's, statement's or paragraph's key;
     * empty for a cluster's key or anything that is not a key.
     */
    public static java.util.Optional<String> documentLineage(String key) {
        String[] parts = key == null ? new String[0] : key.split(":", 3);
        if (parts.length != 3 || parts[0].length() != 1 || !"rsp".contains(parts[0])) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parts[1]);
    }
}
