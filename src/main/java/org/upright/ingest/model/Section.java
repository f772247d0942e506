package org.upright.ingest.model;

import java.util.List;

/** A heading of the document with its number as printed ("II", "B", "3" or null), title and sub-headings. */
public record Section(String number, String title, Integer footnote, List<Section> children) {
}
