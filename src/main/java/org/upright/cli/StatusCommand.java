package org.upright.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.ObligationsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright status COUNTRY}: a State's obligations as of a date, as tables or JSON. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "What a State has accepted and owes: ratifications, reports due or overdue, follow-up, special "
                + "procedures.",
        description = "Computed from the stored documents and the imported ratification data. Overdue items come "
                + "first; every fact names its source, and sources that disagree are listed as conflicts.")
final class StatusCommand implements Callable<Integer> {
    private final Function<DataLocation, Backend> backends;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Mixin
    CountryOnDay target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables) or json (default: ${DEFAULT-VALUE}).")
    String format;

    StatusCommand(Function<DataLocation, Backend> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format \"" + format + "\": use text or json");
        }
        target.check();
        PrintWriter out = spec.commandLine().getOut();
        try (Backend backend = backends.apply(storage.location())) {
            CountryObligations status = target.status(backend.obligations());
            if (format.equals("json")) {
                out.println(ObligationsJson.write(status));
            } else {
                StatusText.print(out, status);
            }
        }
        out.flush();
        return CommandLineInterface.EXIT_OK;
    }
}
