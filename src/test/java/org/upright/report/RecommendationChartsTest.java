package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.upright.obligation.RatificationImport;
import org.upright.obligation.ObligationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.tracking.TrackingChange;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;

/**
 * The charts of Kazakhstan's second review (compilation and Working Group report) on a real H2 database and Lucene
 * index, with status changes made at moments the test controls.
 */
class RecommendationChartsTest {
    private static final Account ADMIN = new Account(1, "Aigerim Admin", Role.ADMIN, Set.of());
    private static final Map<String, List<String>> KAZ_RECOMMENDATIONS = Map.of("country", List.of("KAZ"), "kind",
            List.of("recommendation"));

    @TempDir
    static Path dir;
    private static Database database;
    private static LuceneSearchIndex index;
    private static TrackingService tracking;
    private static RecommendationCharts charts;
    private static NextCycleDrafts drafts;
    private static Country kazakhstan;
    private static final SettableClock CLOCK = new SettableClock();

    /** A clock the test sets: the moments of the status changes. */
    private static final class SettableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void ingestKazakhstan() {
        ReferenceData reference = ReferenceData.load();
        kazakhstan = reference.countries().byAlpha3("KAZ").orElseThrow();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        index = LuceneSearchIndex.open(dir.resolve("index"));
        tracking = new TrackingService(database, CLOCK);
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference, tracking));
        IngestService ingest = new IngestService(new Extractor(reference), store, 2, sync::indexed);
        ingest.ingest(List.of(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), Path.of("samples/A_HRC_28_10.pdf")),
                new IngestService.Listener() {
                    @Override
                    public void started(int count) {
                    }

                    @Override
                    public void done(IngestedFile file) {
                        assertThat(file.status()).isNotEqualTo(IngestedFile.Status.FAILED);
                    }
                });
        charts = new RecommendationCharts(index, tracking);
        RatificationImport datasets = new RatificationImport(database, reference);
        drafts = new NextCycleDrafts(store, reference, new ObligationService(store, datasets, reference,
                Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC)), charts);
    }

    @AfterAll
    static void close() {
        index.close();
        database.close();
    }

    private static long count(String field, String value) {
        Map<String, List<String>> filters = new java.util.HashMap<>(KAZ_RECOMMENDATIONS);
        filters.put(field, List.of(value));
        return index.search(new SearchQuery("", filters, SearchQuery.Sort.RELEVANCE, 0, 0, false, false)).total();
    }

    @Test
    void countsTheStatesRecommendationsByBodyAndYearAsTheSearchFiltersDo() {
        RecommendationFigures figures = charts.figures("KAZ", LocalDate.of(2026, 11, 25));

        assertThat(figures.total()).isEqualTo(index.search(new SearchQuery("", KAZ_RECOMMENDATIONS,
                SearchQuery.Sort.RELEVANCE, 0, 0, false, false)).total()).isPositive();
        assertThat(figures.charts()).extracting(ChartData::id).containsExactlyElementsOf(RecommendationCharts.CHARTS);
        ChartData bodies = figures.chart("speaker").orElseThrow();
        assertThat(bodies.labels()).isNotEmpty().hasSizeLessThanOrEqualTo(RecommendationCharts.MOST_BARS);
        assertThat(bodies.values()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (int i = 0; i < bodies.labels().size(); i++) {
            assertThat(bodies.values().get(i)).as(bodies.labels().get(i))
                    .isEqualTo(count("speaker", bodies.labels().get(i)));
        }
        ChartData years = figures.chart("year").orElseThrow();
        assertThat(years.labels()).isNotEmpty().isSorted();
        assertThat(years.values().getFirst()).isEqualTo(count("year", years.labels().getFirst()));
        assertThat(figures.chart("tracking").orElseThrow().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(figures.total());
    }

    @Test
    void withoutClassifiedThemesTheThemeChartIsEmptyAndTheAnnexSaysSo() {
        RecommendationFigures figures = charts.figures("KAZ", LocalDate.of(2026, 11, 25));

        assertThat(figures.chart("theme").orElseThrow().isEmpty()).isTrue();
        ChartAnnex annex = ChartAnnex.of(figures);
        assertThat(annex.parts()).filteredOn(p -> p.title().equals("Recommendations by theme")).singleElement()
                .satisfies(p -> assertThat(p.none()).isEqualTo("No recommendation has a theme yet."));
        assertThat(annex.images()).extracting(ChartAnnex.Image::id).contains("speaker", "year")
                .doesNotContain("theme");
    }

    @Test
    void theStatusOverTimeCountsEachRecommendationInTheStatusItHadAtTheEndOfEachMonth() {
        List<String> keys = index.search(new SearchQuery("", KAZ_RECOMMENDATIONS, SearchQuery.Sort.RELEVANCE, 0, 3,
                false, false)).hits().stream().map(RecommendationChartsTest::key).toList();
        Set<String> all = Set.of(keys.get(0), keys.get(1), keys.get(2));
        RecommendationCharts history = new RecommendationCharts(index, tracking);
        setStatus(keys.get(0), "in_progress", "2026-01-15T10:00:00Z");
        setStatus(keys.get(1), "implemented", "2026-03-02T08:00:00Z");
        setStatus(keys.get(0), "implemented", "2026-04-10T12:00:00Z");

        ChartData april = history.history(all, LocalDate.of(2026, 4, 30));
        assertThat(april.labels()).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(series(april, "not_started")).containsExactly(2L, 2L, 1L, 1L);
        assertThat(series(april, "in_progress")).containsExactly(1L, 1L, 1L, 0L);
        assertThat(series(april, "implemented")).containsExactly(0L, 0L, 1L, 2L);
        assertThat(april.series()).extracting(ChartSeries::name).doesNotContain("not_accepted");

        ChartData early = history.history(all, LocalDate.of(2026, 4, 9));
        assertThat(series(early, "in_progress").getLast()).as("the change of 10 April comes after the day")
                .isEqualTo(1L);
        assertThat(history.history(all, LocalDate.of(2025, 12, 31)).isEmpty()).isTrue();
        RecommendationFigures figures = charts.figures("KAZ", LocalDate.of(2026, 5, 31));
        ChartData state = figures.chart("history").orElseThrow();
        assertThat(state.labels()).startsWith("2026-01").endsWith("2026-05");
        assertThat(series(state, "implemented").getLast()).isEqualTo(2L);
        assertThat(state.series().stream().mapToLong(s -> s.values().getLast()).sum()).isEqualTo(figures.total());
    }

    @Test
    void thePdfReportDrawsTheChartsAsImagesWithTheirTitles() throws IOException {
        byte[] pdf = new ChartReports(charts).render(kazakhstan, LocalDate.of(2026, 11, 25), CompilationFormat.PDF);
        // kept in target/ to look at its pages (pdftoppm -png -r 60 target/charts-KAZ.pdf)
        Files.write(Path.of("target", "charts-KAZ.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isEqualTo(ChartAnnex.WIDTH);
                        images++;
                    }
                }
            }
            assertThat(images).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Recommendations to Kazakhstan: figures as of 2026-11-25",
                    "Recommendations by body or State", "Recommendations by year",
                    "No recommendation has a theme yet.");
        }
    }

    @Test
    void theWordReportHoldsTheChartsAsPictures() throws IOException {
        byte[] docx = new ChartReports(charts).render(kazakhstan, LocalDate.of(2026, 11, 25),
                CompilationFormat.DOCX);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
            assertThat(doc.getParagraphs()).extracting(p -> p.getText())
                    .contains("Recommendations by body or State", "Recommendations by year");
        }
    }

    @Test
    void theHtmlReportIsSelfContained() {
        String html = new String(new ChartReports(charts).render(kazakhstan, LocalDate.of(2026, 11, 25),
                CompilationFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);

        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("section.charts figure img").eachAttr("src"))
                .isNotEmpty().allSatisfy(src -> assertThat(src).startsWith("data:image/png;base64,"));
        assertThat(parsed.select("section.charts figcaption").eachText()).contains("Recommendations by year");
        assertThat(parsed.select("[src^=http], link[href]")).isEmpty();
    }

    @Test
    void theNextCycleDraftEndsWithTheChartsOfTheRecordInEveryFormatAndStaysTheSameForTheSameRecord()
            throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 25);
        Path html = dir.resolve("draft.html");
        Path docx = dir.resolve("draft.docx");
        drafts.write(kazakhstan, day, CompilationFormat.HTML, html);
        drafts.write(kazakhstan, day, CompilationFormat.DOCX, docx);

        org.jsoup.nodes.Document parsed = Jsoup.parse(Files.readString(html));
        assertThat(parsed.select("section.annex > h2").text()).isEqualTo("Annex: the record in figures");
        assertThat(parsed.select("section.annex img[src^=data:image/png;base64,]")).isNotEmpty();
        // the annex stands between the drafted text and its notes
        assertThat(parsed.select("main ~ section.annex ~ footer")).isNotEmpty();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getAllPictures()).isNotEmpty();
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .isEqualTo("Annex: the record in figures"));
        }
        Path again = dir.resolve("again.docx");
        drafts.write(kazakhstan, day, CompilationFormat.DOCX, again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(docx));
    }

    @Test
    void aStateWithoutRecommendationsIsRefusedWithAClearMessageAndNoFile() {
        Country namibia = ReferenceData.load().countries().byAlpha3("NAM").orElseThrow();
        Path file = dir.resolve("namibia.pdf");

        assertThatThrownBy(() -> new ChartReports(charts).write(namibia, LocalDate.of(2026, 11, 25),
                CompilationFormat.PDF, file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no recommendation to Namibia");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> CompilationFormat.parse("png")).isInstanceOf(UsageException.class)
                .hasMessageContaining("html, pdf or docx");
    }

    private static String key(SearchHit hit) {
        return TrackingKey.ofEntry(hit.id(), hit.document(), hit.number());
    }

    private static void setStatus(String key, String status, String at) {
        CLOCK.now = Instant.parse(at);
        tracking.change(ADMIN, key, tracking.item(key).version(), new TrackingChange.SetStatus(status));
    }

    private static List<Long> series(ChartData chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().values();
    }
}
