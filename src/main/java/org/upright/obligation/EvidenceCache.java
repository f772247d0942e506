package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.Country;

/**
 * A State's status and figures at a glance, kept per State and day while the evidence they come from is unchanged:
 * the home page and {@code /api/countries} ask for every State on every request, and a status reads and walks all the
 * State's documents. The key includes a fingerprint of that evidence (the ids and hashes of the State's current
 * documents and the datasets' version) read from the database on each call, so a document stored or a dataset
 * imported by this process or by another node sharing the database shows at once, with no invalidation to forget.
 */
final class EvidenceCache {
    /** Enough for every State on a few days; the least recently used entry goes first beyond it. */
    static final int CAPACITY = 1_024;
    /** Statuses are larger; dashboards are asked for fewer States and days at a time. */
    static final int STATUS_CAPACITY = 256;

    private record Key(String country, LocalDate day, String evidence) {
    }

    private final Map<Key, CountrySummary> summaries = lru(CAPACITY);
    private final Map<Key, CountryObligations> statuses = lru(STATUS_CAPACITY);

    /**
     * The summaries of the States on the day, in the order given, computed only for those whose evidence changed.
     *
     * @param documents the current version of every stored document (one read for all States)
     * @param datasets  the version of the ratification datasets ({@link RatificationImport#version()})
     * @param compute   the summary of one State, when it is not kept
     */
    List<CountrySummary> summaries(List<Country> states, LocalDate day, List<StoredDocument> documents,
                                   String datasets, java.util.function.Function<Country, CountrySummary> compute) {
        Map<String, List<StoredDocument>> byCountry = new LinkedHashMap<>();
        for (StoredDocument d : documents) {
            if (d.country() != null) {
                byCountry.computeIfAbsent(d.country(), c -> new ArrayList<>()).add(d);
            }
        }
        List<CountrySummary> result = new ArrayList<>(states.size());
        for (Country state : states) {
            Key key = new Key(state.alpha3(), day, evidence(byCountry.getOrDefault(state.alpha3(), List.of()),
                    datasets));
            result.add(kept(summaries, key, () -> compute.apply(state)));
        }
        return result;
    }

    /** A State's status on the day, computed only when its documents or the datasets changed since it was kept. */
    CountryObligations status(Country state, LocalDate day, List<StoredDocument> documents, String datasets,
                              Supplier<CountryObligations> compute) {
        return kept(statuses, new Key(state.alpha3(), day, evidence(documents, datasets)), compute);
    }

    /** A digest of the evidence, so that a State of many documents keeps a short key. */
    private static String evidence(List<StoredDocument> documents, String datasets) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        digest.update(datasets.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (StoredDocument d : documents) {
            digest.update(("|" + d.id() + ":" + d.sha256()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static <V> V kept(Map<Key, V> cache, Key key, Supplier<V> compute) {
        V value;
        synchronized (cache) {
            value = cache.get(key);
        }
        if (value == null) {
            // computed outside the lock: two requests may compute the same State once each, never block each other
            value = compute.get();
            synchronized (cache) {
                cache.put(key, value);
            }
        }
        return value;
    }

    private static <V> Map<Key, V> lru(int capacity) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
