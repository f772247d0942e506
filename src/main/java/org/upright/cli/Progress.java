package org.upright.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command: an animated bar on an interactive terminal, one line per step in a log or a pipe
 * (where a redrawn bar would leave a smear of carriage returns).
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter log;
    private final String task;
    private long max;
    private long done;

    private Progress(ProgressBar bar, PrintWriter log, String task, long max) {
        this.bar = bar;
        this.log = log;
        this.task = task;
        this.max = max;
    }

    /** A bar on the terminal when there is one, else lines on {@code err}. */
    static Progress of(String task, long max, PrintWriter err) {
        if (interactive()) {
            return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build(), null, task, max);
        }
        return new Progress(null, err, task, max);
    }

    /**
     * Whether the user watches a terminal. On Java 21 a console exists only for a terminal; from Java 22 it may
     * exist for a pipe too, and {@code isTerminal()} (not in Java 21's API, hence reflection) tells them apart.
     */
    private static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void max(long total) {
        max = total;
        if (bar != null) {
            bar.maxHint(total);
        }
    }

    /** One step done, named (a file). */
    void step(String name) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(name);
        } else {
            log.printf("%s %d/%d %s%n", task, done, max, name);
            log.flush();
        }
    }

    /** Steps done so far, when the work counts them itself. */
    void stepTo(long count) {
        done = count;
        if (bar != null) {
            bar.stepTo(count);
        } else {
            log.printf("%s %d/%d%n", task, done, max);
            log.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
