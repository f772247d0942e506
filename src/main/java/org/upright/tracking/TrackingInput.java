package org.upright.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.upright.common.UsageException;

/** Checks what a request asks to store: one-line {@link UsageException}s naming the field and the limit. */
final class TrackingInput {
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 100;
    static final int MAX_LINKS = 20;
    static final int MAX_LINK = 2000;
    static final int MAX_INSTITUTIONS = 50;
    static final int MAX_MEMBERS = 500;

    private TrackingInput() {
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new UsageException("an action needs its date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("not a date: " + shorten(text) + " (use YYYY-MM-DD)");
        }
    }

    /** Required text of at most {@code max} characters; {@code oneLine} forbids line breaks. */
    static String text(String field, String value, int max, boolean oneLine) {
        String v = optional(field, value, max, oneLine);
        if (v == null) {
            throw new UsageException(field + " is empty");
        }
        return v;
    }

    /** Optional text: null when blank. */
    static String optional(String field, String value, int max, boolean oneLine) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new UsageException(field + " is longer than " + max + " characters");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && (oneLine || (c != '\n' && c != '\r' && c != '\t')))) {
            throw new UsageException(field + " holds a line break or control character");
        }
        return v;
    }

    /** Evidence links: absolute http or https addresses with a host. */
    static List<String> links(List<String> links) {
        List<String> checked = new ArrayList<>();
        for (String link : links) {
            if (link == null || link.isBlank()) {
                continue;
            }
            String l = link.strip();
            if (l.length() > MAX_LINK) {
                throw new UsageException("an evidence link is longer than " + MAX_LINK + " characters");
            }
            try {
                URI uri = new URI(l);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new UsageException("evidence link " + shorten(l) + " is not an http(s) address");
                }
            } catch (URISyntaxException e) {
                throw new UsageException("evidence link " + shorten(l) + " is not an address: " + e.getReason());
            }
            checked.add(l);
        }
        if (checked.size() > MAX_LINKS) {
            throw new UsageException("at most " + MAX_LINKS + " evidence links per action");
        }
        return checked;
    }

    static List<String> institutions(List<String> names) {
        LinkedHashSet<String> checked = new LinkedHashSet<>();
        for (String name : names) {
            String n = optional("an institution's name", name, MAX_NAME, true);
            if (n != null) {
                checked.add(n);
            }
        }
        if (checked.size() > MAX_INSTITUTIONS) {
            throw new UsageException("at most " + MAX_INSTITUTIONS + " institutions per item");
        }
        return List.copyOf(checked);
    }

    static List<String> members(List<String> keys) {
        LinkedHashSet<String> checked = new LinkedHashSet<>();
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                continue;
            }
            String k = TrackingKey.check(key.strip());
            if (TrackingKey.isCluster(k)) {
                throw new UsageException("a cluster cannot be a member of a cluster: " + k);
            }
            checked.add(k);
        }
        if (checked.size() > MAX_MEMBERS) {
            throw new UsageException("at most " + MAX_MEMBERS + " members per cluster");
        }
        return List.copyOf(checked);
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\p{Cntrl}", " ");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
