package dev.ficus.analyzer.score;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a reference decomposition: RSF ({@code contain SERVICE CLASS} per line, other
 * relations ignored) or a JSON object from class to service ({@code {"Class":
 * "service"}}), chosen by the first non-blank character.
 */
public final class ReferenceReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferenceReader() {
    }

    /**
     * @throws InvalidInputException when the file is missing, malformed or lists nothing
     */
    public static ReferenceDecomposition read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("truth not found: " + file);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (MalformedInputException e) {
            throw new InvalidInputException("truth " + file + " is not UTF-8 text");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReferenceDecomposition.Listing> listings = text.strip().startsWith("{") ? json(text, file)
                : rsf(text, file);
        if (listings.isEmpty()) {
            throw new InvalidInputException("truth " + file + " lists no class (expected 'contain SERVICE CLASS' "
                    + "lines or {\"Class\": \"service\"})");
        }
        return new ReferenceDecomposition(listings);
    }

    private static List<ReferenceDecomposition.Listing> rsf(String text, Path file) {
        List<ReferenceDecomposition.Listing> result = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 3) {
                throw new InvalidInputException("truth " + file + " line " + (i + 1)
                        + ": expected 'contain SERVICE CLASS', found '" + line + "'");
            }
            if (fields[0].equalsIgnoreCase("contain")) {
                result.add(new ReferenceDecomposition.Listing(unquote(fields[1]), unquote(fields[2])));
            }
        }
        return result;
    }

    private static List<ReferenceDecomposition.Listing> json(String text, Path file) {
        Map<?, ?> map;
        try {
            map = JSON.readValue(text, LinkedHashMap.class);
        }
        catch (JacksonException e) {
            throw new InvalidInputException("truth " + file + " is not valid JSON: " + e.getOriginalMessage());
        }
        List<ReferenceDecomposition.Listing> result = new ArrayList<>();
        map.forEach((element, service) -> {
            if (!(service instanceof String name) || name.isBlank()) {
                throw new InvalidInputException(
                        "truth " + file + ": the service of " + element + " must be a non-empty string");
            }
            result.add(new ReferenceDecomposition.Listing(name, String.valueOf(element)));
        });
        return result;
    }

    private static String unquote(String field) {
        return field.length() > 1 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1) : field;
    }

}
