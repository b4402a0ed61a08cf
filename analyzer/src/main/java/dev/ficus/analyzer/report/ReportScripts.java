package dev.ficus.analyzer.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The drawing libraries of {@code report.html} (Cytoscape.js and its fCoSE layout with
 * the two layout bases it needs), read from their WebJars on the classpath so that the
 * page inlines them and stays one offline file.
 */
final class ReportScripts {

    /** Library files in the order a page must load them: each needs the ones before. */
    private static final List<Script> SCRIPTS = List.of(new Script("layout-base", "layout-base.js"),
            new Script("cose-base", "cose-base.js"), new Script("cytoscape", "dist/cytoscape.min.js"),
            new Script("cytoscape-fcose", "cytoscape-fcose.js"));

    private static final String INLINED = inline();

    private ReportScripts() {
    }

    /** The libraries as one script body. */
    static String inlined() {
        return INLINED;
    }

    private static String inline() {
        StringBuilder body = new StringBuilder();
        for (Script script : SCRIPTS) {
            body.append("/* ").append(script.artifact()).append(' ').append(version(script.artifact())).append(" */\n");
            body.append(read(script.path())).append(";\n");
        }
        return body.toString();
    }

    private static String version(String artifact) {
        Properties pom = new Properties();
        try (InputStream in = stream("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            pom.load(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = ReportScripts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " missing from the classpath: the report's WebJars are not there");
        }
        return in;
    }

    private record Script(String artifact, String file) {

        String path() {
            return "META-INF/resources/webjars/" + artifact + "/" + ReportScripts.version(artifact) + "/" + file;
        }
    }

}
