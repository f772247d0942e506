package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;

/** Disabling or demoting an account takes effect on its open sessions at their next request. */
class SessionRevocationTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;

    @BeforeAll
    static void serve() throws java.io.IOException {
        served = ServedCompilation.start(dir);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtItsNextWrite() {
        SignedIn editor = SignedIn.as(served, "gulnara", Role.EDITOR, "Ministry of Justice");
        assertThat(editor.get("/api/session").statusCode()).isEqualTo(200);

        served.accounts.setDisabled("gulnara", true);

        HttpResponse<String> write = editor.sendJson("PUT", "/api/tracking/r:X:1/status",
                "{\"version\":0,\"status\":\"in_progress\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(401);
        assertThat(editor.get("/upload").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aDemotedEditorsOpenSessionLosesTheRightToWriteAndGainsNewInstitutions() {
        SignedIn editor = SignedIn.as(served, "yerlan", Role.EDITOR, "Ministry of Justice");
        assertThat(editor.get("/upload").statusCode()).isEqualTo(200);

        served.accounts.setInstitutions("yerlan", Set.of("Ministry of Health"));
        assertThat(editor.get("/api/session").body()).contains("Ministry of Health");

        served.accounts.setRole("yerlan", Role.VIEWER);
        HttpResponse<String> write = editor.sendJson("PUT", "/api/tracking/r:X:1/status",
                "{\"version\":0,\"status\":\"in_progress\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(editor.get("/upload").statusCode()).isEqualTo(403);
    }
}
