package dev.ficus.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

/**
 * Runs one of Ficus's own commands in this JVM, exactly as its command line would, and
 * keeps what it printed in a log.
 *
 * @param exitCode what the command returned
 * @param output what it printed on stdout, line by line
 */
record InProcessCommand(int exitCode, List<String> output) {

    static InProcessCommand run(CommandLine command, Path log, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(arguments);
        write(log, "$ ficus " + String.join(" ", arguments) + "\n" + out + err + "exit code " + exitCode + "\n");
        return new InProcessCommand(exitCode, out.toString().lines().toList());
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    String firstLine() {
        return output.isEmpty() ? "" : output.get(0);
    }

    private static void write(Path log, String text) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + log, ex);
        }
    }

}
