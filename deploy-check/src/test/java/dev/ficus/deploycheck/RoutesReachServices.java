package dev.ficus.deploycheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;

/**
 * Every address the strangler gateway's configuration sends requests to (a
 * {@code monolith-url}, {@code service-url} or {@code service-urls} in a ConfigMap, as
 * YAML or properties) is {@code http://<Service>:<its port>} of a Service of the same
 * manifests: a route file written for a laptop ({@code localhost}) or a service whose
 * Service was forgotten is caught before a pod answers 502.
 */
final class RoutesReachServices implements ManifestCheck {

    private static final Pattern GATEWAY_ADDRESS = Pattern.compile("(monolith-url|service-urls?)\\b");

    private static final Pattern URL = Pattern.compile("https?://[^\\s,\"'\\]]+");

    @Override
    public String rule() {
        return "every address in the gateway's configuration is a port of a Service of the manifests";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (ConfigMap map : manifests.of(ConfigMap.class)) {
            Map<String, String> data = map.getData() == null ? Map.of() : map.getData();
            data.forEach((key, text) -> {
                if (!GATEWAY_ADDRESS.matcher(text).find()) {
                    return;
                }
                for (String url : urls(text)) {
                    if (!reachesService(manifests, URI.create(url))) {
                        problems.add("ConfigMap " + map.getMetadata().getName() + " (" + key + ") sends requests to "
                                + url + ", which is no port of a Service of these manifests");
                    }
                }
            });
        }
        return problems;
    }

    /** The URLs on lines that are not comments, in order. */
    static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        text.lines().map(String::strip).filter(line -> !line.startsWith("#")).forEach(line -> {
            Matcher matcher = URL.matcher(line);
            while (matcher.find()) {
                urls.add(matcher.group());
            }
        });
        return urls;
    }

    private static boolean reachesService(Manifests manifests, URI url) {
        String host = url.getHost() == null ? "" : url.getHost();
        // <name>, <name>.<namespace> and <name>.<namespace>.svc.cluster.local all resolve
        // to the Service <name>
        String name = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        for (Service service : manifests.services()) {
            if (service.getMetadata().getName().equals(name)
                    && service.getSpec().getPorts().stream().anyMatch(servicePort -> servicePort.getPort() == port)) {
                return true;
            }
        }
        return false;
    }

}
