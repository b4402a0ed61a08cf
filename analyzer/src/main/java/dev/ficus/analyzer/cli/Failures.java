package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that turns failures into exit codes and messages: 2 and one line on
 * stderr for a user mistake (bad option, missing path, no Java files, a path the file
 * system refuses: an output folder that is not writable, under a file, or a name too
 * long), 1 and the stack trace for an internal failure.
 */
class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    static final int USER_MISTAKE = 2;
    static final int INTERNAL_FAILURE = 1;

    @Override
    public int getExitCode(Throwable failure) {
        return failure instanceof ParameterException || failure instanceof InvalidInputException
                || refusedPath(failure).isPresent() ? USER_MISTAKE : INTERNAL_FAILURE;
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
            err.println(command.getCommandSpec().qualifiedName() + ": "
                    + refusedPath(failure).map(Failures::describe).orElseGet(failure::getMessage));
        }
        else {
            err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + failure);
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The file system's refusal of a path behind a failure (wrapped in an
     * {@code UncheckedIOException} or not): the user's to fix, not a bug.
     */
    private static Optional<FileSystemException> refusedPath(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private static String describe(FileSystemException refused) {
        String reason = refused.getReason() != null ? refused.getReason()
                : refused instanceof AccessDeniedException ? "permission denied"
                        : refused instanceof NoSuchFileException ? "no such file or folder"
                                : refused instanceof NotDirectoryException ? "not a folder"
                                        : refused instanceof FileAlreadyExistsException ? "a file is in the way"
                                                : refused instanceof DirectoryNotEmptyException ? "folder not empty"
                                                        : "refused by the file system";
        return "cannot use " + refused.getFile()
                + (refused.getOtherFile() == null ? "" : " (and " + refused.getOtherFile() + ")") + ": " + reason;
    }

}
