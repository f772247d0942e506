package org.upright.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.classify.Concept;
import org.upright.classify.EntryLabel;
import org.upright.classify.Family;
import org.upright.classify.LabelChange;
import org.upright.classify.LabelState;

/**
 * What the {@code labels.jte} partial shows of one entry: its labels (themes, affected persons, SDGs) with their
 * confidence and state, the history of decisions, whether the reader may review, the concepts a reviewer may add,
 * where the forms return to, and a refused decision's reason.
 *
 * @param view    {@code entry} on the entry page (with the history), {@code review} in the review queue
 * @param back    the page (path and query) a form returns to without JavaScript
 * @param message a refused decision's one-line reason, or null
 */
record LabelPanel(String key, List<EntryLabel> labels, List<LabelChange> history, Map<Family, List<Concept>> concepts,
                  boolean mayEdit, String view, String back, String message) {
    static final String REVIEW = "review";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    LabelPanel {
        labels = List.copyOf(labels);
        history = List.copyOf(history);
        concepts = Map.copyOf(concepts);
    }

    /** The same panel with the reason a decision was refused. */
    LabelPanel withMessage(String text) {
        return new LabelPanel(key, labels, history, concepts, mayEdit, view, back, text);
    }

    /** The address of an entry's labels (the forms' target; a GET there leads to the entry's page). */
    static String url(String key) {
        return "/labels/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String url() {
        return url(key);
    }

    /** The HTML id of the panel, the target of its htmx forms. */
    String elementId() {
        return "labels-" + Integer.toHexString(key.hashCode());
    }

    /** The HTML id of the entry's item in the review queue, replaced once nothing of it waits any more. */
    String reviewId() {
        return reviewId(key);
    }

    static String reviewId(String key) {
        return "review-" + Integer.toHexString(key.hashCode());
    }

    boolean inReview() {
        return REVIEW.equals(view);
    }

    /** The families in their order. */
    List<Family> families() {
        return Arrays.asList(Family.values());
    }

    /** A family's name in forms and message keys: {@code theme}, {@code person}, {@code sdg}. */
    static String name(Family family) {
        return family.taxonomyName();
    }

    /** The labels the entry carries in a family (suggested, accepted, added), as the service orders them. */
    List<EntryLabel> carried(Family family) {
        return labels.stream().filter(l -> l.family() == family && l.effective()).toList();
    }

    /** The labels reviewers turned down, listed apart. */
    List<EntryLabel> rejected() {
        return labels.stream().filter(l -> !l.effective()).toList();
    }

    /** Whether some suggestion waits for a decision. */
    boolean waiting() {
        return labels.stream().anyMatch(l -> l.state() == LabelState.SUGGESTED);
    }

    /** A label's confidence with two decimals ("0.82"), or "" for one a person added. */
    static String confidence(EntryLabel label) {
        return label.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", label.confidence());
    }

    /** A state's name in message keys and CSS classes: {@code suggested}, {@code accepted}, ... */
    static String state(LabelState state) {
        return state == null ? "none" : state.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a reviewer may accept the label: a suggestion, or one turned down by mistake. */
    static boolean acceptable(EntryLabel label) {
        return label.state() == LabelState.SUGGESTED || label.state() == LabelState.REJECTED;
    }

    /** The concepts of a family a reviewer may add: those the entry does not carry already. */
    List<Concept> addable(Family family) {
        Set<String> carried = carried(family).stream().map(EntryLabel::conceptId).collect(Collectors.toSet());
        return concepts.getOrDefault(family, List.of()).stream().filter(c -> !carried.contains(c.id())).toList();
    }

    /** Whether the add form has anything to offer. */
    boolean mayAdd() {
        return mayEdit && families().stream().anyMatch(f -> !addable(f).isEmpty());
    }

    /** The label of a concept named in the history: from the entry's labels, else the taxonomy, else its id. */
    String labelOf(Family family, String conceptId) {
        return labels.stream().filter(l -> l.family() == family && l.conceptId().equals(conceptId))
                .map(EntryLabel::label).findFirst()
                .orElseGet(() -> concepts.getOrDefault(family, List.of()).stream()
                        .filter(c -> c.id().equals(conceptId)).map(Concept::label).findFirst().orElse(conceptId));
    }

    /**
     * A label as shown: a coded concept ("A12", "SDG4") with its code before the label, as UHRI prints them
     * ("A12 Acceptance of international norms"); a named one ("women") by its label alone.
     */
    static String shown(String conceptId, String label) {
        if (label == null || label.isBlank()) {
            return conceptId;
        }
        boolean coded = conceptId.chars().anyMatch(Character::isDigit);
        return coded && !label.startsWith(conceptId) ? conceptId + " " + label : label;
    }

    /** A time as the panel prints it. */
    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
