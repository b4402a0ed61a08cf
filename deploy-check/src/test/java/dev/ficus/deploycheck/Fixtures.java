package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The small manifests under {@code src/test/resources/fixtures/}, each a case a check
 * must accept or refuse.
 */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Manifests manifests(String path) {
        List<HasMetadata> objects = new StrictKubernetesParser().parse(read(path));
        return new Manifests(objects);
    }

}
