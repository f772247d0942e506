package org.upright.ingest;

import java.util.List;

/** The files of a batch in the order they were done, with totals for the summary. */
public record IngestReport(List<IngestedFile> files) {

    public IngestReport {
        files = List.copyOf(files);
    }

    /** How many files ended with the given status. */
    public long count(IngestedFile.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public long paragraphs() {
        return files.stream().mapToLong(IngestedFile::paragraphs).sum();
    }

    public long statements() {
        return files.stream().mapToLong(IngestedFile::statements).sum();
    }

    public long recommendations() {
        return files.stream().mapToLong(IngestedFile::recommendations).sum();
    }

    /** Whether any file failed. */
    public boolean failed() {
        return count(IngestedFile.Status.FAILED) > 0;
    }
}
