package org.upright.ingest.model;

import java.util.List;

/** A note citing sources: its number, text, the UN symbols it names, their paragraphs and mechanisms. */
public record Endnote(int number, String text, List<String> symbols, List<String> paras, List<String> mechanisms) {
}
