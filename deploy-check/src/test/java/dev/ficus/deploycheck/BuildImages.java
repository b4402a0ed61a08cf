package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The container images the Maven build produces with Jib, read from the poms: every
 * project of the reactor whose {@code jib.skip} is not {@code true} (its own property,
 * else the root pom's, else Jib's default) is an application whose image is the root
 * pom's Jib {@code <to><image>} template with that project's properties filled in. A
 * single-project build such as a service {@code ficus extract} generates is read the same
 * way.
 *
 * @param byModule image name per application artifactId, sorted
 */
record BuildImages(Map<String, String> byModule) {

    static final String JIB_PLUGIN = "com.google.cloud.tools:jib-maven-plugin";

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    BuildImages {
        byModule = Map.copyOf(byModule);
    }

    /** Reads the reactor whose root pom is {@code root/pom.xml}. */
    static BuildImages read(Path root) {
        Model parent = model(root.resolve("pom.xml"));
        String template = imageTemplate(parent);
        Map<String, String> images = new TreeMap<>();
        collect(root, parent, parent, template, images);
        return new BuildImages(images);
    }

    boolean produces(String image) {
        return byModule.containsValue(image);
    }

    /** The images of this build and of {@code other}, built beside it. */
    BuildImages and(BuildImages other) {
        Map<String, String> both = new TreeMap<>(byModule);
        both.putAll(other.byModule);
        return new BuildImages(both);
    }

    private static void collect(Path directory, Model model, Model root, String template, Map<String, String> images) {
        String skip = model.getProperties().getProperty("jib.skip", root.getProperties().getProperty("jib.skip"));
        if (!"true".equals(skip)) {
            images.put(model.getArtifactId(), interpolate(template, model, root));
        }
        for (String module : model.getModules()) {
            Path child = directory.resolve(module);
            collect(child, model(child.resolve("pom.xml")), root, template, images);
        }
    }

    private static String imageTemplate(Model root) {
        Plugin jib = root.getBuild() == null || root.getBuild().getPluginManagement() == null ? null
                : root.getBuild().getPluginManagement().getPluginsAsMap().get(JIB_PLUGIN);
        Xpp3Dom configuration = jib == null ? null : (Xpp3Dom) jib.getConfiguration();
        Xpp3Dom to = configuration == null ? null : configuration.getChild("to");
        Xpp3Dom image = to == null ? null : to.getChild("image");
        if (image == null) {
            throw new IllegalStateException("the root pom configures no <to><image> for " + JIB_PLUGIN);
        }
        return image.getValue().trim();
    }

    private static String interpolate(String template, Model module, Model root) {
        Properties properties = new Properties();
        properties.putAll(root.getProperties());
        properties.putAll(module.getProperties());
        properties.setProperty("project.artifactId", module.getArtifactId());
        String version = module.getVersion() != null ? module.getVersion() : module.getParent().getVersion();
        properties.setProperty("project.version", version);
        String text = template;
        for (int round = 0; round < 5 && text.contains("${"); round++) {
            Matcher matcher = PROPERTY.matcher(text);
            StringBuilder next = new StringBuilder();
            while (matcher.find()) {
                String value = properties.getProperty(matcher.group(1));
                if (value == null) {
                    throw new IllegalStateException("unknown property ${" + matcher.group(1) + "} in the image name of "
                            + module.getArtifactId());
                }
                matcher.appendReplacement(next, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(next);
            text = next.toString();
        }
        return text;
    }

    private static Model model(Path pom) {
        try (Reader reader = Files.newBufferedReader(pom)) {
            return new MavenXpp3Reader().read(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (XmlPullParserException ex) {
            throw new IllegalStateException(pom + ": " + ex.getMessage(), ex);
        }
    }

}
