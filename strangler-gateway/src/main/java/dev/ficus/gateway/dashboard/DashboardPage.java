package dev.ficus.gateway.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The dashboard page with its chart library (uPlot, from its WebJar) inlined, built once,
 * so the admin port serves one self-contained page.
 */
final class DashboardPage {

    private static final String UPLOT = "META-INF/resources/webjars/uplot/";

    private DashboardPage() {
    }

    static String html() {
        String version = uplotVersion();
        String template = read("dashboard/dashboard.html");
        String[] parts = template.split("\\{\\{(?:UPLOT_CSS|UPLOT_JS)}}", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("dashboard.html must hold {{UPLOT_CSS}} and {{UPLOT_JS}} once each");
        }
        return parts[0] + read(UPLOT + version + "/dist/uPlot.min.css") + parts[1]
                + read(UPLOT + version + "/dist/uPlot.iife.min.js") + parts[2];
    }

    private static String uplotVersion() {
        Properties pom = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            pom.load(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pom.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static InputStream open(String path) {
        InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " missing from the classpath");
        }
        return in;
    }

}
