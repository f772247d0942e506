package org.upright.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.upright.classify.EntryLabel;
import org.upright.classify.Family;
import org.upright.classify.LabelNames;
import org.upright.classify.LabelService;
import org.upright.classify.LabelledEntry;
import org.upright.document.SymbolDates;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.ReferenceData;
import org.upright.search.IndexEntry;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;
import org.upright.tracking.TrackingStatus;

/**
 * What of a stored document goes into the search index: every statement (with its paragraph as context), every UPR
 * recommendation, and the paragraphs that have no statements (Working Group reports, responses, decisions), so
 * that each text is found once. Ids are stable across reindexing: type letter, stored document id, ordinal.
 */
public final class IndexEntries {
    /** The kind whose entries always carry a tracking status: "not_started" until tracked. */
    static final String RECOMMENDATION = "recommendation";

    private final ReferenceData reference;
    private final TrackingService tracking;
    private final LabelService labels;

    /** Entries without tracking: every recommendation is "not_started" (tools and tests without a database). */
    public IndexEntries(ReferenceData reference) {
        this(reference, null);
    }

    /** Entries whose tracking status is read from the tracking of their stable keys (ADR 0011). */
    public IndexEntries(ReferenceData reference, TrackingService tracking) {
        this(reference, tracking, null);
    }

    /**
     * Entries with their tracking status and their effective labels (themes, affected persons, SDGs, as
     * {@link LabelNames} writes them) read from the label store; either may be null (tools and tests without a
     * database).
     */
    public IndexEntries(ReferenceData reference, TrackingService tracking, LabelService labels) {
        this.reference = reference;
        this.tracking = tracking;
        this.labels = labels;
    }

    /** The statements and recommendations of a stored document version, as the label store keys and keeps them. */
    public List<LabelledEntry> labelled(StoredDocument stored, ExtractedDocument document) {
        List<LabelledEntry> labelled = new ArrayList<>();
        for (IndexEntry e : untracked(stored, document)) {
            if (!"paragraph".equals(e.type())) {
                labelled.add(new LabelledEntry(TrackingKey.ofEntry(e.id(), e.symbol(), e.number()), e.country(),
                        e.kind(), e.symbol(), e.text()));
            }
        }
        return labelled;
    }

    /**
     * Has the label store suggest labels for every statement and recommendation of the document version, in one
     * batch; nothing without a label store.
     */
    public void suggest(StoredDocument stored, ExtractedDocument document) {
        if (labels != null) {
            labels.suggest(labelled(stored, document));
        }
    }

    /**
     * The entries of one stored document version, each with its tracking status: the tracked status of its stable
     * key, else "not_started" for an entry of kind recommendation (an untracked recommendation has not been started)
     * and none for the others; and with the effective labels of its stable key.
     */
    public List<IndexEntry> of(StoredDocument stored, ExtractedDocument document) {
        List<IndexEntry> entries = untracked(stored, document);
        Map<String, String> keys = new HashMap<>();
        for (IndexEntry e : entries) {
            keys.put(e.id(), TrackingKey.ofEntry(e.id(), e.symbol(), e.number()));
        }
        Map<String, TrackingStatus> statuses = tracking == null || keys.isEmpty() ? Map.of()
                : tracking.statuses(keys.values());
        Map<String, List<EntryLabel>> labelled = labels == null || keys.isEmpty() ? Map.of()
                : labels.effective(keys.values());
        List<IndexEntry> tracked = new ArrayList<>(entries.size());
        for (IndexEntry e : entries) {
            TrackingStatus status = statuses.get(keys.get(e.id()));
            String code = status != null ? status.code()
                    : RECOMMENDATION.equals(e.kind()) ? TrackingStatus.NOT_STARTED.code() : null;
            // a paragraph is context, not a statement: the label store holds none for it
            List<EntryLabel> own = "paragraph".equals(e.type()) ? List.of()
                    : labelled.getOrDefault(keys.get(e.id()), List.of());
            tracked.add(new IndexEntry(e.id(), e.type(), e.documentId(), e.symbol(), e.country(), e.speakers(),
                    e.mechanismTypes(), e.year(), e.kind(), LabelNames.of(own, Family.THEMES),
                    LabelNames.of(own, Family.AFFECTED_PERSONS), LabelNames.of(own, Family.SDGS), e.position(),
                    code, e.paragraph(), e.number(), e.text(), e.context()));
        }
        return tracked;
    }

    private List<IndexEntry> untracked(StoredDocument stored, ExtractedDocument document) {
        List<IndexEntry> entries = new ArrayList<>();
        String symbol = stored.symbol() != null ? stored.symbol() : stored.fileName();
        OptionalInt symbolYear = SymbolDates.year(stored.symbol(), reference.sessions());
        Integer documentYear = symbolYear.isPresent() ? symbolYear.getAsInt() : null;
        int statement = 0;
        int paragraphOrdinal = 0;
        for (Paragraph p : orEmpty(document.paragraphs())) {
            List<Statement> statements = orEmpty(p.statements());
            for (Statement s : statements) {
                if (blank(s.text())) {
                    statement++;
                    continue;
                }
                entries.add(new IndexEntry("s:" + stored.id() + ":" + statement++, "statement", stored.id(), symbol,
                        stored.country(), orEmpty(s.speakers()), mechanisms(orEmpty(s.speakers())),
                        s.year() != null ? s.year() : documentYear, s.kind(), List.of(), List.of(), List.of(), null,
                        null, p.number(), null, s.text(), p.text()));
            }
            if (statements.isEmpty() && p.text() != null && !p.text().isBlank()) {
                entries.add(new IndexEntry("p:" + stored.id() + ":" + paragraphOrdinal, "paragraph", stored.id(),
                        symbol, stored.country(), List.of(), List.of(), documentYear, p.kind(), List.of(), List.of(),
                        List.of(), null, null, p.number(), null, p.text(), null));
            }
            paragraphOrdinal++;
        }
        int number = 0;
        for (Recommendation r : orEmpty(document.recommendations())) {
            if (blank(r.text())) {
                number++;
                continue;
            }
            entries.add(new IndexEntry("r:" + stored.id() + ":" + number++, "recommendation", stored.id(), symbol,
                    stored.country(), orEmpty(r.recommendingStates()), List.of("upr"), documentYear,
                    "recommendation", List.of(), List.of(), List.of(),
                    r.position() == null ? null : r.position().toLowerCase(Locale.ROOT), null, null, r.number(),
                    r.text(), null));
        }
        return entries;
    }

    /** The families of the speakers: treaty-body, special-procedure, un-agency, ohchr, upr (a State), other. */
    private List<String> mechanisms(List<String> speakers) {
        Set<String> types = new LinkedHashSet<>();
        for (String speaker : speakers) {
            types.add(reference.mechanisms().byCode(speaker)
                    .map(m -> m.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .orElse(reference.countries().byAlpha3(speaker).isPresent()
                            || reference.countries().byName(speaker).isPresent() ? "upr" : "other"));
        }
        return List.copyOf(types);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
