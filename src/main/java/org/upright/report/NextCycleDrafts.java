package org.upright.report;

import static org.upright.report.CompilationTables.list;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.upright.common.BadInputException;
import org.upright.document.SymbolDates;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.ObligationService;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;

/**
 * Drafts a State's next UPR compilation from the record: every recommendation and concern of a treaty body, special
 * procedure, UN agency or OHCHR in the State's current concluding observations, visit reports and compilations dated
 * on or before the day, in the compilation's voice, grouped by theme, newest first, each citing its source; the
 * tables as {@link ObligationService} computes them for the day. Deterministic: no clock, every order a stable key.
 */
public final class NextCycleDrafts {
    static final Set<String> KINDS = Set.of("concluding-observations", "sp-visit-report", CompilationReports.KIND);
    private static final Set<String> DRAFTED = Set.of("recommendation", "concern");

    private final DocumentStore store;
    private final ReferenceData reference;
    private final ObligationService obligations;
    private final DraftThemes themes;
    private final List<DraftTheme> outline;
    /** Draws the annex of charts; null: a draft without the annex (tools without an index). */
    private final RecommendationCharts charts;

    /** The drafter with the shipped keyword rules for the themes. */
    public NextCycleDrafts(DocumentStore store, ReferenceData reference, ObligationService obligations) {
        this(store, reference, obligations, KeywordDraftThemes.load(), null);
    }

    /** The drafter with the shipped keyword rules, its draft ending with an annex charting the State's record. */
    public NextCycleDrafts(DocumentStore store, ReferenceData reference, ObligationService obligations,
                           RecommendationCharts charts) {
        this(store, reference, obligations, KeywordDraftThemes.load(), charts);
    }

    /** The drafter placing statements with the given themes (a classifier, say), in the shipped outline. */
    public NextCycleDrafts(DocumentStore store, ReferenceData reference, ObligationService obligations,
                           DraftThemes themes) {
        this(store, reference, obligations, themes, null);
    }

    private NextCycleDrafts(DocumentStore store, ReferenceData reference, ObligationService obligations,
                            DraftThemes themes, RecommendationCharts charts) {
        this.charts = charts;
        this.store = store;
        this.reference = reference;
        this.obligations = obligations;
        this.themes = themes;
        this.outline = KeywordDraftThemes.load().outline();
    }

    /** What was written: how many sentences, from how many documents, and the file. */
    public record Written(int sentences, int documents, Path file) {
    }

    /**
     * Writes the draft of the State as of the day to the file, atomically.
     *
     * @throws BadInputException when no stored source of the State by that day holds a recommendation or concern
     */
    public Written write(Country country, LocalDate asOf, CompilationFormat format, Path file) {
        NextCycleDraft draft = draft(country, asOf);
        ChartAnnex annex = annex(country, asOf);
        byte[] bytes = switch (format) {
            case HTML -> new DraftHtml(draft, annex).render().getBytes(StandardCharsets.UTF_8);
            case PDF -> CompilationPdf.render(new DraftHtml(draft, annex).render(), "Draft: " + country.name());
            case DOCX -> new DraftDocx(draft, annex).render();
        };
        CompilationReports.writeAtomically(file, bytes);
        return new Written(draft.sentences().size(), draft.documents(), file);
    }

    /** The charts of the State's recommendations as of the day, or null without charts or recommendations. */
    private ChartAnnex annex(Country country, LocalDate asOf) {
        if (charts == null) {
            return null;
        }
        RecommendationFigures figures = charts.figures(country.alpha3(), asOf);
        return figures.total() == 0 ? null : ChartAnnex.of(figures);
    }

    /** The draft as values. */
    NextCycleDraft draft(Country country, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<StoredDocument> sources = store.documentsOf(country.alpha3()).stream()
                .filter(StoredDocument::current).filter(d -> KINDS.contains(d.kind()))
                .sorted(Comparator.comparingLong(StoredDocument::id)).toList();
        DraftVoice voice = new DraftVoice(country.name(), reference.mechanisms());
        List<DraftSentence> sentences = new ArrayList<>();
        int used = 0;
        for (StoredDocument stored : sources) {
            ExtractedDocument document = store.load(stored.id());
            Integer year = year(stored, document);
            if (year != null && year > asOf.getYear()) {
                continue;
            }
            int before = sentences.size();
            sentences(stored, document, year, voice, sentences);
            used += sentences.size() > before ? 1 : 0;
        }
        if (sentences.isEmpty()) {
            throw new BadInputException("no recommendation or concern to " + country.name() + " (" + country.alpha3()
                    + ") is stored in concluding observations, special-procedure reports or UPR compilations dated "
                    + "on or before " + asOf + ": ingest them first");
        }
        CountryObligations status = obligations.status(country, asOf);
        return new NextCycleDraft(country, asOf, outline, ordered(sentences), DraftTables.obligations(status),
                DraftTables.cooperation(status), used);
    }

    private void sentences(StoredDocument stored, ExtractedDocument document, Integer documentYear, DraftVoice voice,
                           List<DraftSentence> out) {
        boolean compiled = CompilationReports.KIND.equals(stored.kind());
        Map<Integer, Endnote> notes = new HashMap<>();
        list(document.endnotes()).forEach(n -> notes.putIfAbsent(n.number(), n));
        for (Paragraph paragraph : list(document.paragraphs())) {
            String heading = heading(list(document.sections()), list(paragraph.sectionPath()));
            String leadIn = null;
            List<Statement> statements = list(paragraph.statements());
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                if (s.text() == null || !DRAFTED.contains(s.kind())
                        || list(s.speakers()).stream().noneMatch(voice::isMechanism)) {
                    leadIn = null;
                    continue;
                }
                if (DraftVoice.isLeadIn(s.text())) {
                    leadIn = s.text(); // said with each of its items, not alone
                    continue;
                }
                String own = leadIn != null && DraftVoice.isItem(s.text()) ? DraftVoice.joinItem(leadIn, s.text())
                        : s.text();
                Integer year = s.year() != null ? s.year() : documentYear;
                String text = compiled ? voice.compiled(own, s.speakers(), s.year())
                        : voice.reported(own, s.speakers(), year, s.kind());
                DraftSource source = new DraftSource(stored.id(), stored.symbol(), stored.kind(), paragraph.number(),
                        paragraph.page(), i);
                DraftTheme theme = themes.themeOf(new DraftStatement(own, s.kind(), list(s.speakers()), stored.kind(),
                        heading));
                out.add(note(new DraftSentence(theme, text, year, source, null, List.of()), s, notes, compiled));
            }
        }
    }

    /** The endnote: the compilation's own notes (which cite the original symbols) and where it compiled them. */
    private static DraftSentence note(DraftSentence sentence, Statement statement, Map<Integer, Endnote> notes,
                                      boolean compiled) {
        DraftSource source = sentence.source();
        String here = (source.symbol() == null ? "Document " + source.documentId() : source.symbol()) + ", para. "
                + source.paragraph() + ".";
        List<String> symbols = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (compiled) {
            for (Integer number : list(statement.footnotes())) {
                Endnote note = notes.get(number);
                if (note != null && note.text() != null && !note.text().isBlank()) {
                    texts.add(note.text().strip());
                    list(note.symbols()).stream().filter(sym -> !symbols.contains(sym)).forEach(symbols::add);
                }
            }
        }
        if (source.symbol() != null && !symbols.contains(source.symbol())) {
            symbols.add(source.symbol());
        }
        String text = texts.isEmpty() ? here : String.join(" ", texts) + " Compiled in " + here;
        return new DraftSentence(sentence.theme(), sentence.text(), sentence.year(), source, text, symbols);
    }

    /** Outline order, newest first within a heading, then by source; the same speaker saying the same text once. */
    private List<DraftSentence> ordered(List<DraftSentence> sentences) {
        List<DraftSentence> sorted = new ArrayList<>(sentences);
        sorted.sort(Comparator.comparingInt((DraftSentence s) -> s.theme().order())
                .thenComparing(s -> s.year() == null ? Integer.MIN_VALUE : s.year(), Comparator.reverseOrder())
                .thenComparing(s -> Objects.toString(s.source().symbol(), ""))
                .thenComparingLong(s -> s.source().documentId())
                .thenComparingInt(s -> s.source().paragraph())
                .thenComparingInt(s -> s.source().statement()));
        Set<String> seen = new HashSet<>();
        return sorted.stream().filter(s -> seen.add(s.text())).toList();
    }

    /** The title of the deepest section the paragraph stands in ("Torture and ill-treatment"), or null. */
    static String heading(List<Section> sections, List<String> path) {
        String title = null;
        List<Section> level = sections;
        for (String step : path) {
            Section found = level.stream().filter(s -> step.equals(s.number()) || step.equals(s.title()))
                    .findFirst().orElse(null);
            if (found == null) {
                break;
            }
            title = found.title();
            level = list(found.children());
        }
        return title;
    }

    private Integer year(StoredDocument stored, ExtractedDocument document) {
        var fromSymbol = stored.symbol() == null ? java.util.OptionalInt.empty()
                : SymbolDates.year(stored.symbol(), reference.sessions());
        if (fromSymbol.isPresent()) {
            return fromSymbol.getAsInt();
        }
        // concluding observations and reports carry their year in their statements (the year of adoption)
        return list(document.paragraphs()).stream().flatMap(p -> list(p.statements()).stream())
                .map(Statement::year).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }
}
