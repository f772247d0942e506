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

    /**
     * A history entry's before or after value (JSON text) as a reader sees it: a status (for a change of kind
     * "status") in the reader's language, a list joined by commas, an object as "name: value" pairs, nothing as a
     * dash.
     */
    public String change(String json, String kind, PageFrame frame) {
        if (json == null || json.isBlank()) {
            return "—";
        }
        try {
            return readable(HISTORY_JSON.readTree(json), "status".equals(kind) ? frame : null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper HISTORY_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** @param frame the page, to name statuses in its language; null for values that are not statuses */
    private static String readable(com.fasterxml.jackson.databind.JsonNode node, PageFrame frame) {
        if (node.isNull() || node.isMissingNode()) {
            return "—";
        }
        if (node.isArray()) {
            java.util.List<String> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(readable(item, frame)));
            return items.isEmpty() ? "—" : String.join(", ", items);
        }
        if (node.isObject()) {
            java.util.List<String> pairs = new java.util.ArrayList<>();
            node.properties().forEach(p -> pairs.add(p.getKey() + ": " + readable(p.getValue(), frame)));
            return String.join("; ", pairs);
        }
        String text = node.asText();
        if (frame == null) {
            return text;
        }
        try {
            return frame.t("tracking.status." + org.upright.tracking.TrackingStatus.parse(text).name()
                    .toLowerCase(java.util.Locale.ROOT));
        } catch (org.upright.common.UprightException e) {
            return text;
        }
    }
}
