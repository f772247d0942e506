package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright demo} as a new user runs it: a child JVM, its console, then the server it starts. */
class DemoCommandTest {
    private static final Pattern URL = Pattern.compile("Upright demo at (http://localhost:\\d+)");
    private static final Pattern ADMIN = Pattern.compile("sign in as admin +/ (\\S+)");

    @Test
    void demoIngestsTheSamplesAndServesThemWithAnAdminLoginPrinted(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("demo");
        Process demo = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), App.class.getName(), "demo", "--port", "0", "--data",
                data.toString()).redirectErrorStream(true).start();
        try {
            List<String> console = new ArrayList<>();
            String url = null;
            String password = null;
            BufferedReader lines = new BufferedReader(new InputStreamReader(demo.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line; (password == null) && (line = lines.readLine()) != null; ) {
                console.add(line);
                Matcher u = URL.matcher(line);
                if (u.find()) {
                    url = u.group(1);
                }
                Matcher a = ADMIN.matcher(line);
                if (a.find()) {
                    password = a.group(1);
                }
            }
            assertThat(url).as(String.join("\n", console)).isNotNull();
            assertThat(password).hasSizeGreaterThanOrEqualTo(12);
            assertThat(String.join("\n", console)).doesNotContain("upright: ").contains("sample documents stored");

            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> countries = client.send(HttpRequest.newBuilder(URI.create(url + "/api/countries"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(countries.statusCode()).isEqualTo(200);
            assertThat(countries.body()).contains("\"KAZ\"").contains("\"SVN\"");
            HttpResponse<String> session = client.send(HttpRequest.newBuilder(URI.create(url + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"admin\",\"password\":\"" + password
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
            assertThat(session.body()).contains("\"role\"").contains("admin");
            HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(URI.create(url + "/countries/KAZ"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("Kazakhstan");
            assertThat(Files.list(data.resolve("samples")).count()).isGreaterThan(3);
        } finally {
            demo.destroy();
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    @Test
    void demoRefusesADataDirectoryThatIsNotEmpty(@TempDir Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Process demo = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), App.class.getName(), "demo", "--port", "0", "--data",
                dir.toString()).redirectErrorStream(true).start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isEqualTo(2);
        assertThat(output.strip()).startsWith("upright: --data").contains("not empty").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
    }
}
