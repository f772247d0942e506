package org.upright.cli;

import java.time.LocalDate;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.reference.Country;
import org.upright.report.CompilationFormat;
import org.upright.report.CompilationReports;
import org.upright.report.NextCycleDrafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright report compilation|draft COUNTRY}: documents written from the stored record. */
@Command(name = "report", mixinStandardHelpOptions = true, header = "Write documents from the stored record.",
        subcommands = {ReportCommand.Compilation.class, ReportCommand.Draft.class, ChartsReportCommand.class})
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The State's stored UPR compilation, rebuilt with the OHCHR structure: tables, paragraphs, endnotes. */
    @Command(name = "compilation", mixinStandardHelpOptions = true,
            header = "The State's UPR compilation rebuilt from the database (the latest on or before --as-of).",
            description = "Formats: html (self-contained), pdf (A4), docx (Word, real footnotes).")
    static final class Compilation extends ReportSubcommand {
        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The latest compilation on or before this day, YYYY-MM-DD (default: the latest).")
        String asOf;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
                description = "html (default), pdf or docx.")
        String format;

        Compilation(Function<DataLocation, Backend> backends) {
            super(backends);
        }

        @Override
        String format() {
            return format;
        }

        @Override
        String asOf() {
            return asOf;
        }

        @Override
        String write(Backend backend, Country state, LocalDate day, CompilationFormat chosen) {
            CompilationReports.Written written = backend.compilations().write(state, day, chosen, output);
            return written.file() + ": compilation " + written.symbol() + " of " + state.name();
        }
    }

    /** A draft of the State's next UPR compilation: recommendations and concerns by theme, tables as of the day. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            header = "A draft of the State's next UPR compilation from its stored documents (as of --as-of).",
            description = {"Every recommendation and concern of the treaty bodies, special procedures and UN entities"
                    + " in the State's concluding observations, visit reports and compilations, in the compilation's"
                    + " voice, grouped by theme, each citing its source; the tables as of the day.",
                    "Formats: html (self-contained), pdf (A4), docx (Word, real footnotes)."})
    static final class Draft extends ReportSubcommand {
        @Option(names = "--as-of", paramLabel = "DATE",
                description = "Sources dated on or before this day and the tables as of it, YYYY-MM-DD (default: today).")
        String asOf;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
                description = "html (default), pdf or docx.")
        String format;

        Draft(Function<DataLocation, Backend> backends) {
            super(backends);
        }

        @Override
        String format() {
            return format;
        }

        @Override
        String asOf() {
            return asOf;
        }

        @Override
        String write(Backend backend, Country state, LocalDate day, CompilationFormat chosen) {
            NextCycleDrafts.Written written = backend.drafts().write(state,
                    day == null ? backend.obligations().today() : day, chosen, output);
            return String.format("%s: next-cycle draft of %s, %d sentences from %d documents", written.file(),
                    state.name(), written.sentences(), written.documents());
        }
    }
}
