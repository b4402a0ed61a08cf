package dev.ficus.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import dev.ficus.gateway.routing.RoutingProperties.CapabilityProperties;

/**
 * Reads the capabilities of route files ({@code ficus.gateway.routes-file}): each file,
 * or each {@code *.properties}, {@code *.yaml} and {@code *.yml} of a folder, holds
 * {@code ficus.gateway.routes.<name>.paths}, {@code .service-url} and optionally the
 * other settings of a configured capability, bound by Spring Boot's own binder exactly as
 * {@code ficus.gateway.capabilities.<name>} is.
 */
public final class RouteFiles {

    /** The prefix of a capability's properties in a route file. */
    public static final String PREFIX = "ficus.gateway.routes";

    private RouteFiles() {
    }

    /** The capabilities of the given files and folders, by name. */
    public static Map<String, CapabilityProperties> load(List<Path> filesOrFolders) {
        Map<String, CapabilityProperties> all = new TreeMap<>();
        for (Path file : files(filesOrFolders)) {
            read(file).forEach((name, capability) -> {
                if (all.putIfAbsent(name, capability) != null) {
                    throw new IllegalStateException("Capability '" + name + "' is given twice, again in " + file);
                }
            });
        }
        return all;
    }

    /**
     * A digest of the route files' names and contents, which changes when one of them
     * changes, is added or is removed.
     * @throws IllegalStateException when a given file does not exist
     * @throws UncheckedIOException when one cannot be read
     */
    public static String fingerprint(List<Path> filesOrFolders) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files(filesOrFolders)) {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the route files " + filesOrFolders, ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<Path> files(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path given : filesOrFolders) {
            if (Files.isDirectory(given)) {
                try (Stream<Path> listed = Files.list(given)) {
                    listed.filter(RouteFiles::isRouteFile).sorted().forEach(files::add);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException("Cannot list route files in " + given, ex);
                }
            }
            else if (Files.isRegularFile(given)) {
                files.add(given);
            }
            else {
                throw new IllegalStateException("Route file " + given.toAbsolutePath() + " does not exist");
            }
        }
        return files;
    }

    private static boolean isRouteFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && (name.endsWith(".properties") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static Map<String, CapabilityProperties> read(Path file) {
        PropertySourceLoader loader = file.getFileName().toString().endsWith(".properties")
                ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
        try {
            List<PropertySource<?>> sources = loader.load(file.toString(), new FileSystemResource(file));
            Map<String, CapabilityProperties> found = new Binder(ConfigurationPropertySources.from(sources))
                .bind(PREFIX, Bindable.mapOf(String.class, CapabilityProperties.class))
                .orElse(Map.of());
            found.forEach((name, capability) -> capability.toCapability(name));
            return found;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read route file " + file, ex);
        }
        catch (RuntimeException invalid) {
            throw new IllegalStateException("Route file " + file + ": " + rootMessage(invalid), invalid);
        }
    }

    /** The message of a failure's root cause: what was wrong, in one line. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

}
