package org.upright.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.upright.tracking.AuditEntry;
import org.upright.tracking.TrackedItem;
import org.upright.tracking.TrackingStatus;

/**
 * What the {@code tracking.jte} partial shows of one item: the item, its history, the clusters it belongs to, whether
 * the reader may edit it (and assign institutions), a message after a refused change, and where forms return to.
 *
 * @param message  a refused change's one-line reason, or null
 * @param conflict whether the message is a conflict (the item changed since the form was opened)
 * @param back     the page (path) a form returns to without JavaScript
 */
public record TrackingPanel(TrackedItem item, List<AuditEntry> history, List<TrackedItem> clusters, boolean mayEdit,
                            boolean mayAssign, String message, boolean conflict, String back) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public TrackingPanel {
        history = List.copyOf(history);
        clusters = List.copyOf(clusters);
    }

    /** The same panel with a message about a refused change. */
    TrackingPanel withMessage(String text, boolean isConflict) {
        return new TrackingPanel(item, history, clusters, mayEdit, mayAssign, text, isConflict, back);
    }

    /** The statuses a form offers. */
    public List<TrackingStatus> statuses() {
        return List.of(TrackingStatus.values());
    }

    /** The address of one of the item's page routes ("status", "actions", ...), or of its page for an empty part. */
    public String url(String part) {
        return url(item.key(), part);
    }

    /** The address of an item's page (or one of its page routes), its key as one path segment. */
    public static String url(String key, String part) {
        String path = "/tracking/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
        return part == null || part.isEmpty() ? path : path + "/" + part;
    }

    /** The HTML id of the panel, the target of the htmx forms inside it. */
    public String elementId() {
        return "tracking-" + Integer.toHexString(item.key().hashCode());
    }

    /** A time as the panel prints it. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The text of a JSON value in the history: strings unquoted, nothing as a dash. */
    public String change(String json) {
        if (json == null) {
            return "—";
        }
        return json.length() > 1 && json.startsWith("\"") && json.endsWith("\"") && json.indexOf('"', 1) == json.length()
                - 1 ? json.substring(1, json.length() - 1) : json;
    }
}
