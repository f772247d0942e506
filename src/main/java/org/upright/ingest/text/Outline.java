package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.model.Section;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.Layout.Level;

/**
 * A document's heading tree, built as headings arrive: each heading goes under the nearest open heading of a higher
 * level (roman, then letter, then number, then unnumbered thematic headings), and at each point the numbers of the
 * enclosing sections give a paragraph's section path.
 */
public final class Outline {
    private static final class Node {
        final Level level;
        final String number;
        final String title;
        final Integer footnote;
        final List<Node> children = new ArrayList<>();

        Node(Layout.Heading heading) {
            List<Integer> refs = heading.title().numbers();
            this.level = heading.level();
            this.number = heading.number();
            this.title = heading.title().text();
            this.footnote = refs.isEmpty() ? null : refs.get(0);
        }

        Section toSection() {
            return new Section(number, title, footnote, children.stream().map(Node::toSection).toList());
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final List<Node> open = new ArrayList<>();

    /** Adds a heading under the open heading of the level above it. */
    public void add(Layout.Heading heading) {
        Node node = new Node(heading);
        int depth = heading.level().ordinal();
        while (!open.isEmpty() && open.get(open.size() - 1).level.ordinal() >= depth) {
            open.remove(open.size() - 1);
        }
        if (open.isEmpty()) {
            roots.add(node);
        } else {
            open.get(open.size() - 1).children.add(node);
        }
        open.add(node);
    }

    /** The numbers of the open sections, outermost first; unnumbered headings have none. */
    public List<String> path() {
        return open.stream().filter(n -> n.number != null).map(n -> n.number).toList();
    }

    /** The titles of the open sections, outermost first. */
    public List<String> titles() {
        return open.stream().map(n -> n.title).toList();
    }

    /** The tree so far. */
    public List<Section> sections() {
        return roots.stream().map(Node::toSection).toList();
    }
}
