package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.Section;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.Layout.Level;

/** Builds the heading tree as headings arrive and knows, at each point, the numbers of the enclosing sections. */
final class SectionTree {
    private static final class Node {
        final Level level;
        final String number;
        final String title;
        final Integer footnote;
        final List<Node> children = new ArrayList<>();

        Node(Level level, String number, String title, Integer footnote) {
            this.level = level;
            this.number = number;
            this.title = title;
            this.footnote = footnote;
        }

        Section toSection() {
            return new Section(number, title, footnote, children.stream().map(Node::toSection).toList());
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final List<Node> open = new ArrayList<>();

    /** Adds a heading under the open heading of the level above it. */
    void add(Layout.Heading heading) {
        List<Integer> refs = heading.title().numbers();
        Node node = new Node(heading.level(), heading.number(), heading.title().text(),
                refs.isEmpty() ? null : refs.get(0));
        int depth = depth(heading.level());
        while (open.size() > depth || (!open.isEmpty() && depth(open.get(open.size() - 1).level) >= depth)) {
            open.remove(open.size() - 1);
        }
        if (open.isEmpty()) {
            roots.add(node);
        } else {
            open.get(open.size() - 1).children.add(node);
        }
        open.add(node);
    }

    private static int depth(Level level) {
        return switch (level) {
            case ROMAN -> 0;
            case LETTER -> 1;
            case NUMBER -> 2;
            case UNNUMBERED -> 3;
        };
    }

    /** The numbers of the open sections, outermost first; unnumbered headings have none. */
    List<String> path() {
        return open.stream().filter(n -> n.number != null).map(n -> n.number).toList();
    }

    List<Section> sections() {
        return roots.stream().map(Node::toSection).toList();
    }
}
