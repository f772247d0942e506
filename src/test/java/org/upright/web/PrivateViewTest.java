package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;

/** {@code upright serve --private}: without an account only signing in, the health check and the style sheet answer. */
class PrivateViewTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir, false);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void anonymousReadersAreSentToSignInAndApiClientsGet401() {
        SignedIn anonymous = SignedIn.anonymous(served.port());

        HttpResponse<String> page = anonymous.get("/countries/KAZ?asOf=2009-10-31");
        HttpResponse<String> api = anonymous.get("/api/countries");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).contains(
                "/login?next=%2Fcountries%2FKAZ%3FasOf%3D2009-10-31");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/static/upright.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInViewerReadsEverything() {
        SignedIn viewer = SignedIn.as(served, "private-viewer", Role.VIEWER);

        assertThat(viewer.get("/api/countries").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/").body()).contains("private-viewer");
        assertThat(viewer.get("/search?q=torture").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormSignInReturnsToThePageAsked() {
        SignedIn.as(served, "private-form", Role.VIEWER);
        SignedIn browser = SignedIn.anonymous(served.port());

        HttpResponse<String> signedIn = WebSecurityTest.formSignIn(browser, "private-form", SignedIn.PASSWORD,
                "/countries/KAZ?asOf=2009-10-31");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/countries/KAZ?asOf=2009-10-31");
        assertThat(browser.get("/countries/KAZ?asOf=2009-10-31").statusCode()).isEqualTo(200);
    }
}
