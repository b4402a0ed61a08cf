package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads multi-document YAML into fabric8's Kubernetes model so that a field the API does
 * not know fails, as {@code kubectl apply --validate=strict} would.
 *
 * <p>
 * Every fabric8 model class keeps unknown fields in an {@code additionalProperties} map
 * through a Jackson any-setter, which would swallow a misspelt {@code readinesProbe};
 * this parser removes those any-setters and turns on
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. Kinds without a published
 * Java model (Istio's, the Prometheus Operator's) are accepted only when listed in
 * {@link #MODEL_LESS_KINDS}, and kept as {@link GenericKubernetesResource}s for the
 * checks that read them.
 */
final class StrictKubernetesParser {

    /**
     * Custom resources deploy/k8s may use although no Java model is published for them.
     */
    static final Set<String> MODEL_LESS_KINDS = Set.of("security.istio.io/v1/AuthorizationPolicy",
            "security.istio.io/v1/PeerAuthentication", "monitoring.coreos.com/v1/ServiceMonitor");

    private final KubernetesSerialization serialization;

    private final ObjectMapper yaml = YAMLMapper.builder().build();

    StrictKubernetesParser() {
        ObjectMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(new NoAnySetter()))
            .build();
        this.serialization = new KubernetesSerialization(strict, true);
    }

    /**
     * Every object of the documents, in order; throws {@link InvalidManifestException}
     * naming the first bad one.
     */
    List<HasMetadata> parse(String documents) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> trees = yaml.readerFor(JsonNode.class).readValues(documents)) {
            int index = 0;
            while (trees.hasNext()) {
                JsonNode tree = trees.next();
                index++;
                if (tree == null || tree.isNull() || tree.isMissingNode() || tree.isEmpty()) {
                    continue;
                }
                objects.add(parseOne(tree, index));
            }
        }
        catch (JacksonException ex) {
            throw new InvalidManifestException("not YAML: " + ex.getOriginalMessage());
        }
        return List.copyOf(objects);
    }

    private HasMetadata parseOne(JsonNode tree, int index) {
        String kind = tree.path("apiVersion").asString("") + "/" + tree.path("kind").asString("");
        String name = "document " + index + " (" + kind + " " + tree.path("metadata").path("name").asString("?") + ")";
        KubernetesResource parsed;
        try {
            parsed = serialization.unmarshal(tree.toString(), KubernetesResource.class);
        }
        catch (RuntimeException ex) {
            throw new InvalidManifestException(name + ": " + rootMessage(ex));
        }
        if (parsed instanceof GenericKubernetesResource && !MODEL_LESS_KINDS.contains(kind)) {
            throw new InvalidManifestException(name + ": unknown kind " + kind);
        }
        if (!(parsed instanceof HasMetadata object)) {
            throw new InvalidManifestException(name + ": not a Kubernetes object");
        }
        return object;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /**
     * Drops fabric8's catch-all any-setters so unknown fields reach
     * FAIL_ON_UNKNOWN_PROPERTIES.
     */
    private static final class NoAnySetter extends ValueDeserializerModifier {

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier description,
                BeanDeserializerBuilder builder) {
            Class<?> type = description.getBeanClass();
            if (type.getName().startsWith("io.fabric8.") && type != GenericKubernetesResource.class) {
                builder.setAnySetter(null);
            }
            return builder;
        }

    }

}
