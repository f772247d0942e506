package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.SearchSync;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.StoredDocument;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.ReferenceData;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * Upload through the real server (its file limit lowered to 1 MB) as an editor: a real UPR compilation is ingested in the background while the job's
 * page is polled, then read back through its entry pages; an empty file, a damaged PDF and a file of another type
 * are each refused with their reason, and nothing is stored for them.
 */
class UploadTest {
    private static final Path COMPILATION_2019 = Path.of("samples/A_HRC_WG.6_34_SVN_2.pdf");

    @TempDir
    static Path dir;

    private static Database database;
    private static LuceneSearchIndex index;
    private static WebServer server;
    private static DocumentStore store;
    private static org.upright.account.AccountService accounts;

    @BeforeAll
    static void serveAnEmptyDataDirectoryWithUploads() {
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        store = new DocumentStore(database);
        index = LuceneSearchIndex.open(dir.resolve("index"));
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference));
        IngestService ingest = new IngestService(new Extractor(reference), store, 2, sync::indexed);
        ObligationService obligations = new ObligationService(store, new RatificationImport(database, reference),
                reference, Clock.systemUTC());
        accounts = new org.upright.account.AccountService(database);
        org.upright.tracking.TrackingService tracking =
                new org.upright.tracking.TrackingService(database, Clock.systemUTC());
        server = new WebServer(new WebServices(obligations, index, store, ingest, tracking, accounts,
                org.upright.account.LoginThrottle.standard(Clock.systemUTC()),
                new org.upright.report.ExportService(index, tracking), new org.upright.report.CompilationReports(store, reference)), true)
                .uploadLimit(1)
                .start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        index.close();
        database.close();
    }

    /** A browser: its own cookies (the session), following no redirects. */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        Browser signedInAs(String role) throws IOException, InterruptedException {
            return signedInAs(role, 7);
        }

        /** Signs in for real (POST /api/session) as the account named after the role and number, made if new. */
        Browser signedInAs(String role, long account) throws IOException, InterruptedException {
            String name = "amina-" + role + "-" + account;
            if (accounts.find(name).isEmpty()) {
                accounts.add(name, Role.parse(role), Set.of(), SignedIn.PASSWORD);
            }
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\""
                            + SignedIn.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
            return this;
        }

        String csrf() throws IOException, InterruptedException {
            HttpResponse<String> form = get("/upload");
            assertThat(form.statusCode()).isEqualTo(200);
            return Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();
        }

        HttpResponse<String> upload(String csrf, Map<String, byte[]> files) throws IOException, InterruptedException {
            String boundary = "----upright" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (csrf != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.getValue());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(uri("/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The job's page once it is done, polled as the page refreshes itself. */
        Document done(String jobPath) throws Exception {
            long until = System.nanoTime() + 180_000_000_000L;
            while (System.nanoTime() < until) {
                HttpResponse<String> page = get(jobPath);
                assertThat(page.statusCode()).isEqualTo(200);
                Document html = Jsoup.parse(page.body());
                if ("done".equals(html.selectFirst("#job").attr("data-state"))) {
                    return html;
                }
                assertThat(html.select("noscript").html()).contains("http-equiv=\"refresh\"");
                assertThat(html.selectFirst("#job").attr("hx-get")).isEqualTo(jobPath);
                Thread.sleep(200);
            }
            throw new AssertionError("the upload did not finish in three minutes");
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Test
    void anEditorUploadsACompilationAndReadsItsStatementsWithTheSymbolsTheyCite() throws Exception {
        Browser editor = new Browser().signedInAs("editor");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(COMPILATION_2019.getFileName().toString(), Files.readAllBytes(COMPILATION_2019));
        files.put("empty.txt", new byte[0]);
        files.put("damaged.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage"
                .getBytes(StandardCharsets.US_ASCII));
        files.put("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        HttpResponse<String> posted = editor.upload(editor.csrf(), files);

        assertThat(posted.statusCode()).isEqualTo(303);
        String jobPath = posted.headers().firstValue("Location").orElseThrow();
        assertThat(jobPath).matches("/upload/[0-9a-f]{32}");
        Document done = editor.done(jobPath);
        Map<String, Element> rows = new LinkedHashMap<>();
        done.select("#job tbody tr").forEach(tr -> rows.put(tr.selectFirst("th").text(), tr));
        assertThat(rows).containsOnlyKeys("A_HRC_WG.6_34_SVN_2.pdf", "empty.txt", "damaged.pdf", "picture.png");
        assertThat(rows.get("A_HRC_WG.6_34_SVN_2.pdf").text()).contains("A/HRC/WG.6/34/SVN/2").contains("new");
        assertThat(rows.get("empty.txt").selectFirst("td.error").text()).contains("empty");
        assertThat(rows.get("damaged.pdf").selectFirst("td.error").text()).startsWith("damaged.pdf:")
                .doesNotContain(dir.getRoot().toString()).doesNotContain("upright-upload");
        assertThat(rows.get("picture.png").selectFirst("td.error").text()).contains("neither a PDF nor a text");
        assertThat(done.selectFirst("#job strong").text()).contains("4 file(s)").contains("1 new").contains("3 failed");
        assertThat(done.select("noscript")).isEmpty();
        assertThat(done.select("script[src]").eachAttr("src")).contains(StaticFiles.HTMX);

        List<StoredDocument> stored = store.documents();
        assertThat(stored).extracting(StoredDocument::symbol).containsExactly("A/HRC/WG.6/34/SVN/2");
        assertThat(stored.getFirst().fileName()).isEqualTo("A_HRC_WG.6_34_SVN_2.pdf");
        assertThat(rows.get("A_HRC_WG.6_34_SVN_2.pdf").selectFirst("td a").attr("href"))
                .isEqualTo("/documents/" + stored.getFirst().id());
        Document list = Jsoup.parse(editor.get("/documents?country=SVN").body());
        assertThat(list.select("tbody th a").eachText()).containsExactly("A/HRC/WG.6/34/SVN/2");

        long id = stored.getFirst().id();
        ExtractedDocument document = store.load(id);
        int ordinal = 0;
        for (Paragraph p : document.paragraphs()) {
            for (Statement s : p.statements()) {
                List<String> symbols = (s.footnotes() == null ? List.<Integer>of() : s.footnotes()).stream()
                        .flatMap(n -> document.endnotes().stream().filter(e -> e.number() == n))
                        .map(Endnote::symbols).filter(l -> !l.isEmpty()).map(List::getFirst).toList();
                if (!symbols.isEmpty()) {
                    Document entry = Jsoup.parse(editor.get(EntryPage.url("s:" + id + ":" + ordinal)).body());
                    assertThat(entry.select("blockquote#text mark").text()).isEqualTo(s.text());
                    assertThat(entry.select("section[aria-labelledby=notes] code.symbol").eachText())
                            .containsAll(symbols);
                    return;
                }
                ordinal++;
            }
        }
        throw new AssertionError("no statement of the 2019 compilation cites a note naming a symbol");
    }

    @Test
    void aFileBeyondTheLimitIsRefusedWholeWithAContentTooLargePage() throws Exception {
        Browser editor = new Browser().signedInAs("editor");
        int before = store.documents().size();

        HttpResponse<String> refused = editor.upload(editor.csrf(), Map.of("big.txt", new byte[2 * 1024 * 1024]));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=alert]").text()).contains("larger than this server");
        assertThat(store.documents()).hasSize(before);
    }

    @Test
    void htmxPollsAFragmentOfTheJobOnly() throws Exception {
        Browser editor = new Browser().signedInAs("admin");
        HttpResponse<String> posted = editor.upload(editor.csrf(), Map.of("empty.pdf", new byte[0]));
        String jobPath = posted.headers().firstValue("Location").orElseThrow();
        editor.done(jobPath);

        HttpResponse<String> fragment = editor.get(jobPath, "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").startsWith("<div id=\"job\"");
        assertThat(Jsoup.parse(fragment.body()).selectFirst("td.error").text()).contains("empty");
    }

    @Test
    void uploadsNeedAnEditorTheFormsTokenAndAFileAndJobsAreTheirOwnersOnly() throws Exception {
        Browser anonymous = new Browser();
        assertThat(anonymous.get("/upload").statusCode()).isEqualTo(302);
        assertThat(anonymous.upload(null, Map.of("a.txt", "text".getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(401);
        Browser viewer = new Browser().signedInAs("viewer");
        assertThat(viewer.get("/upload").statusCode()).isEqualTo(403);
        Browser editor = new Browser().signedInAs("editor");
        String csrf = editor.csrf();
        assertThat(editor.upload(null, Map.of("a.txt", "text".getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(403);
        HttpResponse<String> nothing = editor.upload(csrf, Map.of());
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(nothing.body()).selectFirst("[role=alert]").text()).isEqualTo("Choose at least one file.");

        String jobPath = editor.upload(csrf, Map.of("empty.txt", new byte[0])).headers().firstValue("Location")
                .orElseThrow();
        editor.done(jobPath);
        Browser other = new Browser().signedInAs("admin", 8);
        assertThat(other.get(jobPath).statusCode()).as("another account's job").isEqualTo(404);
        assertThat(new Browser().signedInAs("editor").get(jobPath).statusCode()).as("its owner's").isEqualTo(200);
        assertThat(editor.get("/upload/not-a-job").statusCode()).isEqualTo(404);
        assertThat(store.documents()).noneMatch(d -> "empty.txt".equals(d.fileName()));
    }
}
