package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;

/**
 * The layout every page shares: the links each role gets, the scripts loaded once from this server, the CSRF token
 * for htmx only for a session, and language links that keep the page's query.
 */
class LayoutTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static Document page(SignedIn who, String path) {
        var response = who.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static java.util.List<String> navLinks(Document page) {
        return page.select("header nav a").eachAttr("href");
    }

    @Test
    void thePublicGetsTheReadingLinksButNeitherUploadNorAccountsNorAToken() {
        Document home = page(SignedIn.anonymous(served.port()), "/");
        assertThat(navLinks(home)).contains("/", "/search", "/documents").doesNotContain("/upload", "/admin/accounts");
        assertThat(home.select("meta[name=csrf-token]")).isEmpty();
    }

    @Test
    void anEditorGetsTheUploadAndAnAdminAlsoTheAccounts() {
        SignedIn editor = SignedIn.as(served, "layout-editor", Role.EDITOR, "Ministry of Justice");
        assertThat(navLinks(page(editor, "/"))).contains("/documents", "/upload").doesNotContain("/admin/accounts");
        SignedIn viewer = SignedIn.as(served, "layout-viewer", Role.VIEWER);
        assertThat(navLinks(page(viewer, "/"))).contains("/documents").doesNotContain("/upload", "/admin/accounts");
        SignedIn admin = SignedIn.as(served, "layout-admin", Role.ADMIN);
        Document home = page(admin, "/");
        assertThat(navLinks(home)).contains("/documents", "/upload", "/admin/accounts");
        assertThat(home.select("meta[name=csrf-token]").attr("content")).isEqualTo(admin.csrfToken);
    }

    @Test
    void everyPageLoadsHtmxAndItsOwnScriptOnceDeferredFromThisServer() {
        SignedIn reader = SignedIn.anonymous(served.port());
        for (String path : new String[] {"/", "/search?q=torture", "/documents", "/countries/KAZ", "/login"}) {
            Document page = page(reader, path);
            assertThat(page.select("script[src=/static/vendor/htmx.min.js]")).as(path).hasSize(1);
            assertThat(page.select("script[src=/static/upright.js]")).as(path).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.hasAttr("defer")).isTrue());
            assertThat(page.select("script:not([src])")).as(path + ": no inline script").isEmpty();
        }
    }

    @Test
    void theLanguageLinksKeepTheSearchAndReplaceTheLanguageAsked() {
        Document search = page(SignedIn.anonymous(served.port()), "/search?q=torture&kind=recommendation&lang=ru");
        assertThat(search.select("a[hreflang=fr]").attr("href"))
                .isEqualTo("/search?q=torture&kind=recommendation&lang=fr");
        assertThat(search.select("a[hreflang=en]").attr("href"))
                .isEqualTo("/search?q=torture&kind=recommendation&lang=en");
        assertThat(page(SignedIn.anonymous(served.port()), "/").select("a[hreflang=ru]").attr("href"))
                .isEqualTo("/?lang=ru");
    }

    @Test
    void aFrameGivesThePageInAnotherLanguageAndTheWayBackAfterSigningIn() {
        PageFrame frame = new PageFrame(Text.of("en"), null, "", "/search", "lang=fr&q=death+penalty&language=x");
        assertThat(frame.inLanguage("ru")).isEqualTo("/search?q=death+penalty&language=x&lang=ru");
        assertThat(frame.current()).isEqualTo("/search?lang=fr&q=death+penalty&language=x");
        PageFrame bare = new PageFrame(Text.of("en"), null, "", "/documents", null);
        assertThat(bare.inLanguage("fr")).isEqualTo("/documents?lang=fr");
        assertThat(bare.current()).isEqualTo("/documents");
    }
}
