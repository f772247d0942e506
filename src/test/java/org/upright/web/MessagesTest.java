package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upright.account.Role;

class MessagesTest {
    /** A literal key passed to {@code t("...")} (templates, through the frame) or {@code get("...")} (Java). */
    private static final Pattern USED = Pattern.compile("\\b(?:t|get)\\(\"([a-zA-Z][\\w.-]*\\w)\"\\s*[,)]");

    @Test
    void everyKeyATemplateOrPageUsesIsInEnglishAndFrench() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/org/upright/web")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = USED.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name().toLowerCase());
        }
        assertThat(used).as("keys used").isNotEmpty();
        for (String language : new String[] {"en", "fr"}) {
            Text text = Text.of(language);
            assertThat(used.stream().filter(k -> !text.has(k)).toList()).as("keys missing in " + language).isEmpty();
        }
    }

    @Test
    void frenchHasEveryEnglishKeyAndRussianNoneOfItsOwn() throws IOException {
        for (String bundle : Text.BUNDLES) {
            Set<String> english = keys(bundle + ".properties");
            assertThat(keys(bundle + "_fr.properties")).as(bundle + " in French").isEqualTo(english);
            assertThat(english).as(bundle + " in Russian, which English completes").containsAll(
                    keys(bundle + "_ru.properties"));
        }
    }

    @Test
    void aMissingKeyShowsInBracketsAndArgumentsAreFilledIn() {
        assertThat(Text.of("en").get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(Text.of("fr").get("layout.signedInAs", "amina", "admin")).isEqualTo("amina (admin)");
        assertThat(Text.of("xx").language()).isEqualTo("en");
        assertThat(Text.of("ru").get("layout.search")).isEqualTo("Поиск");
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = Text.class.getResourceAsStream("i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
