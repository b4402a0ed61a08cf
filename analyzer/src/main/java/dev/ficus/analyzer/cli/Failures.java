package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that turns failures into exit codes and messages: 2 and one line on
 * stderr for a user mistake (bad option, missing path, no Java files), 1 and the stack
 * trace for an internal failure.
 */
class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    static final int USER_MISTAKE = 2;
    static final int INTERNAL_FAILURE = 1;

    @Override
    public int getExitCode(Throwable failure) {
        return failure instanceof ParameterException || failure instanceof InvalidInputException ? USER_MISTAKE
                : INTERNAL_FAILURE;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = failure instanceof UnmatchedArgumentException unmatched
                ? TypoSuggestion.messageFor(unmatched).orElse(failure.getMessage()) : failure.getMessage();
        command.getErr().println(name + ": " + message + " (see '" + name + " --help')");
        return getExitCode(failure);
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = getExitCode(failure);
        if (code == USER_MISTAKE) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + failure.getMessage());
        }
        else {
            err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + failure);
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

}
