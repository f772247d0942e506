package org.upright.obligation;

/**
 * An optional procedure of an instrument (individual complaints, inter-State complaints, inquiries) and whether the
 * State accepted it: true, false, or null when no source says.
 */
public record ProcedureStatus(String procedure, String articles, Boolean accepted, Source source) {
}
