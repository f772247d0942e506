package org.upright;

import org.upright.cli.CommandLineInterface;
import org.upright.ingest.Extractor;
import org.upright.reference.ReferenceData;

/**
 * The one composition root: loads the reference data, builds the services and hands them to the command line.
 * Nothing else in Upright creates services; everything receives what it needs through its constructor.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        CommandLineInterface cli = new CommandLineInterface(() -> new Extractor(ReferenceData.load()));
        System.exit(cli.run(args));
    }
}
