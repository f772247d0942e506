package org.upright.ingest.model;

import java.util.List;

/**
 * A numbered paragraph: its clean text (no paragraph number, footnote numbers or page furniture), the numbers of
 * the sections it stands in, its footnote references and the statements that tile it.
 */
public record Paragraph(int number, List<String> sectionPath, String kind, String text, List<Integer> footnotes,
                        List<Statement> statements) {
}
