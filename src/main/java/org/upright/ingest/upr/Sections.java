package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.Section;

/**
 * The heading tree of a UPR document as its headings arrive (I., A., unnumbered), and at each point the numbers of
 * the sections a paragraph stands in.
 */
final class Sections {
    /** Heading levels, outermost first. */
    enum Level { ROMAN, LETTER, UNNUMBERED }

    private static final class Node {
        final Level level;
        final String number;
        final StringBuilder title;
        final List<Node> children = new ArrayList<>();

        Node(Level level, String number, String title) {
            this.level = level;
            this.number = number;
            this.title = new StringBuilder(title);
        }

        Section toSection() {
            return new Section(number, title.toString(), null, children.stream().map(Node::toSection).toList());
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final List<Node> open = new ArrayList<>();

    /** Opens a heading under the open heading of a higher level. */
    void add(Level level, String number, String title) {
        Node node = new Node(level, number, title);
        while (!open.isEmpty() && open.get(open.size() - 1).level.compareTo(level) >= 0) {
            open.remove(open.size() - 1);
        }
        (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(node);
        open.add(node);
    }

    /** Adds a wrapped line to the title of the heading opened last. */
    void continueTitle(String line) {
        open.get(open.size() - 1).title.append(' ').append(line);
    }

    /** The title of the heading opened last. */
    String lastTitle() {
        return open.isEmpty() ? "" : open.get(open.size() - 1).title.toString();
    }

    /** The numbers of the open sections, outermost first; unnumbered headings have none. */
    List<String> path() {
        return open.stream().filter(n -> n.number != null).map(n -> n.number).toList();
    }

    List<Section> sections() {
        return roots.stream().map(Node::toSection).toList();
    }
}
