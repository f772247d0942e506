package org.upright.ingest.pdf;

/** Makes what a library said about a failure fit in a one-line message. */
final class Messages {
    private static final int MAX = 200;

    private Messages() {
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > MAX ? message.substring(0, MAX) + "..." : message;
    }
}
