package org.upright.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.Country;

/**
 * The States' figures at a glance, kept per State and day while the evidence they come from is unchanged: the home
 * page and {@code /api/countries} ask for every State on every request, and a State's status reads and walks all its
 * documents. The key includes a fingerprint of that evidence (the ids and hashes of the State's current documents and
 * the datasets' version) read from the database on each call, so a document stored or a dataset imported by this
 * process or by another node sharing the database shows at once, with no invalidation to forget.
 */
final class CountrySummaries {
    /** Enough for every State on a few days; the oldest entry goes first beyond it. */
    static final int CAPACITY = 1_024;

    private record Key(String country, LocalDate day, String evidence) {
    }

    private final Map<Key, CountrySummary> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CountrySummary> eldest) {
            return size() > CAPACITY;
        }
    };
    private final BiFunction<Country, LocalDate, CountrySummary> compute;

    CountrySummaries(BiFunction<Country, LocalDate, CountrySummary> compute) {
        this.compute = compute;
    }

    /**
     * The summaries of the States on the day, in the order given, computed only for those whose evidence changed.
     *
     * @param documents the current version of every stored document (one read for all States)
     * @param datasets  the version of the ratification datasets ({@link RatificationImport#version()})
     */
    List<CountrySummary> of(List<Country> states, LocalDate day, List<StoredDocument> documents, String datasets) {
        Map<String, StringBuilder> evidence = new LinkedHashMap<>();
        for (StoredDocument d : documents) {
            if (d.country() != null) {
                evidence.computeIfAbsent(d.country(), c -> new StringBuilder()).append(d.id()).append(':')
                        .append(d.sha256()).append(';');
            }
        }
        List<CountrySummary> summaries = new ArrayList<>(states.size());
        for (Country state : states) {
            StringBuilder ids = evidence.get(state.alpha3());
            Key key = new Key(state.alpha3(), day, datasets + '|' + (ids == null ? "" : ids));
            CountrySummary summary;
            synchronized (cache) {
                summary = cache.get(key);
            }
            if (summary == null) {
                // computed outside the lock: two requests may compute the same State once each, never block each other
                summary = compute.apply(state, day);
                synchronized (cache) {
                    cache.put(key, summary);
                }
            }
            summaries.add(summary);
        }
        return summaries;
    }
}
