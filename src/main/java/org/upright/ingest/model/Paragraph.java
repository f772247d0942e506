package org.upright.ingest.model;

import java.util.List;

/**
 * A numbered paragraph: its clean text (no paragraph number, footnote numbers or page furniture), the numbers of
 * the sections it stands in, its footnote references, the statements that tile it, and the page it starts on (null
 * where the reader does not know pages), so that a stored fact can point to its source.
 */
public record Paragraph(int number, List<String> sectionPath, String kind, String text, List<Integer> footnotes,
                        List<Statement> statements, Integer page) {
}
