package dev.ficus.livesettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * The settings file ({@code ficus.settings.file}) as one property source, read through
 * its path each time, so a Kubernetes ConfigMap's atomic swap of its {@code ..data}
 * symlink is seen like an edited file.
 */
final class SettingsFile {

    /** The property naming the file. */
    static final String PROPERTY = "ficus.settings.file";

    /** The name of its property source, first in the environment. */
    static final String SOURCE_NAME = "ficusSettingsFile";

    private final Path path;

    SettingsFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /**
     * The file's settings.
     * @throws SettingsRefusedException when it cannot be read or parsed
     */
    MapPropertySource read() {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        }
        catch (IOException ex) {
            throw new SettingsRefusedException("cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
        }
        try {
            List<PropertySource<?>> documents = loader().load(SOURCE_NAME, new ByteArrayResource(content));
            if (documents.size() > 1) {
                throw new SettingsRefusedException("holds " + documents.size() + " YAML documents, not one");
            }
            Map<String, Object> settings = documents.isEmpty() ? Map.of()
                    : ((MapPropertySource) documents.get(0)).getSource();
            return new OriginTrackedMapPropertySource(SOURCE_NAME, settings, true);
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof SettingsRefusedException refused) {
                throw refused;
            }
            throw new SettingsRefusedException("cannot be parsed: " + SettingsRefusedException.rootMessage(ex), ex);
        }
    }

    /** A digest of the file's contents; {@code null} when it cannot be read. */
    @Nullable String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        }
        catch (IOException ex) {
            return null;
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private PropertySourceLoader loader() {
        String name = path.getFileName().toString();
        if (name.endsWith(".properties")) {
            return new PropertiesPropertySourceLoader();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return new YamlPropertySourceLoader();
        }
        throw new SettingsRefusedException("is neither .properties nor .yaml/.yml");
    }

}
