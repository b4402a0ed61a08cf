package dev.ficus.analyzer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of the jar {@link ModuleJar} writes: each once, but those that several
 * modules' jars each hold and Spring or the JDK read as one list are merged, as the Maven
 * Shade plugin's transformers do: the auto-configurations
 * ({@code META-INF/spring/*.imports}) and service providers ({@code META-INF/services/*})
 * line by line, Spring's factories and auto-configuration metadata value by value. Taking
 * the first would drop the other modules' auto-configurations, and the service would
 * start without them. A list file one jar holds, or every jar holds alike, is copied byte
 * for byte.
 */
final class JarContent {

    private static final Pattern LINE_LISTS = Pattern
        .compile("META-INF/spring/[^/]+\\.imports|META-INF/services/[^/]+|META-INF/spring\\.(handlers|schemas)");

    /**
     * Properties whose values are lists: Spring's factories and its auto-configuration
     * metadata.
     */
    private static final Pattern PROPERTY_LISTS = Pattern
        .compile("META-INF/spring\\.factories|META-INF/spring/aot\\.factories"
                + "|META-INF/spring-autoconfigure-metadata\\.properties");

    private final ZipOutputStream out;

    private final List<String> candidatePackages;

    private final Set<String> names = new HashSet<>();

    /** Every copy of each list file, in the order read. */
    private final SortedMap<String, List<byte[]>> lists = new TreeMap<>();

    JarContent(ZipOutputStream out, List<String> candidatePackages) {
        this.out = out;
        this.candidatePackages = List.copyOf(candidatePackages);
    }

    /**
     * Adds one file, with its folders, unless the jar leaves it out or has it already; a
     * list file is kept until {@link #finish()}.
     */
    void add(String name, InputStream in) throws IOException {
        if (name.isEmpty() || !ModuleJar.keeps(name, candidatePackages)) {
            return;
        }
        if (LINE_LISTS.matcher(name).matches() || PROPERTY_LISTS.matcher(name).matches()) {
            lists.computeIfAbsent(name, n -> new ArrayList<>()).add(in.readAllBytes());
        }
        else if (names.add(name)) {
            put(name, in.readAllBytes());
        }
    }

    /**
     * Writes the list files: one held once, or alike in every jar, as it is; the others
     * merged.
     */
    void finish() throws IOException {
        for (Map.Entry<String, List<byte[]>> list : lists.entrySet()) {
            List<byte[]> copies = list.getValue();
            boolean alike = copies.stream().allMatch(copy -> Arrays.equals(copy, copies.get(0)));
            put(list.getKey(), alike ? copies.get(0) : merged(list.getKey(), copies));
        }
    }

    private static byte[] merged(String name, List<byte[]> copies) throws IOException {
        return LINE_LISTS.matcher(name).matches() ? mergedLines(copies) : mergedProperties(copies);
    }

    private static byte[] mergedLines(List<byte[]> copies) {
        Set<String> merged = new LinkedHashSet<>();
        copies.forEach(copy -> new String(copy, StandardCharsets.UTF_8).lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .forEach(merged::add));
        return text(merged);
    }

    private static byte[] mergedProperties(List<byte[]> copies) throws IOException {
        SortedMap<String, Set<String>> merged = new TreeMap<>();
        for (byte[] copy : copies) {
            Properties read = new Properties();
            read.load(new StringReader(new String(copy, StandardCharsets.UTF_8)));
            read.stringPropertyNames()
                .stream()
                .sorted()
                .forEach(key -> Arrays.stream(read.getProperty(key).split(","))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .forEach(merged.computeIfAbsent(key, k -> new LinkedHashSet<>())::add));
        }
        return text(merged.entrySet()
            .stream()
            .map(property -> escaped(property.getKey(), true) + "="
                    + escaped(String.join(",", property.getValue()), false))
            .toList());
    }

    /**
     * A key or value as a properties file holds it (as {@link Properties#store} writes
     * it).
     */
    private static String escaped(String text, boolean key) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (c == ' ' && (key || i == 0))) {
                result.append('\\');
            }
            result.append(c);
        }
        return result.toString();
    }

    private static byte[] text(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void put(String name, byte[] bytes) throws IOException {
        addFolders(name);
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /**
     * Classpath scanning lists a package through its folder entry, so every folder of a
     * kept file gets one.
     */
    private void addFolders(String name) throws IOException {
        for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
            String folder = name.substring(0, slash + 1);
            if (names.add(folder)) {
                out.putNextEntry(new ZipEntry(folder));
                out.closeEntry();
            }
        }
    }

}
