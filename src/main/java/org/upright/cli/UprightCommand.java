package org.upright.cli;

import picocli.CommandLine.Command;

/** The root command: lists the subcommands; {@code --help} and {@code --version} come from picocli. */
@Command(name = "upright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Upright turns the UN's human-rights documents about a country into a live record of its "
                + "obligations and of every recommendation made to it.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ImportCommand.class, ReportCommand.class,
            ExportCommand.class, StatusCommand.class, CalendarCommand.class, SearchCommand.class, ReindexCommand.class,
            ServeCommand.class, DemoCommand.class, UsersCommand.class, TrainCommand.class, ClassifyCommand.class, EvalCommand.class,
            LabelsCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'upright COMMAND --help' for a command's options."})
final class UprightCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
