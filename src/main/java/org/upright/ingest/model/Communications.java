package org.upright.ingest.model;

/** Communications (letters of allegation, urgent appeals) sent by special procedures and replied to. */
public record Communications(Integer sent, Integer replied, Integer replyRatePercent, String periodText) {
}
