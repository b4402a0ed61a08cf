package dev.ficus.deploycheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A container that follows a settings file ({@code ficus.settings.file}, from the
 * environment variable {@code FICUS_SETTINGS_FILE} or the {@code application.yml} of a
 * ConfigMap it mounts) has that file: its folder is a ConfigMap volume mounted whole (a
 * {@code subPath} mount is never updated by the kubelet, so the file would not follow the
 * ConfigMap) and the ConfigMap holds the file's name as a key (or the process does not
 * start).
 */
final class SettingsFilesAreMounted implements ManifestCheck {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    @Override
    public String rule() {
        return "a settings file a container follows is a key of a ConfigMap mounted whole at its folder";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        Map<String, ConfigMap> configMaps = manifests.of(ConfigMap.class)
            .stream()
            .collect(Collectors.toMap(map -> map.getMetadata().getName(), Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            List<Volume> volumes = Optional.ofNullable(workload.template().getSpec().getVolumes()).orElse(List.of());
            for (Container container : workload.containers()) {
                settingsFile(container, volumes, configMaps).ifPresent(file -> {
                    String problem = problem(Path.of(file), container, volumes, configMaps);
                    if (problem != null) {
                        problems.add(workload.id() + " container " + container.getName() + " follows " + file + ", "
                                + problem);
                    }
                });
            }
        }
        return problems;
    }

    private static Optional<String> settingsFile(Container container, List<Volume> volumes,
            Map<String, ConfigMap> configMaps) {
        Optional<String> fromEnvironment = Optional.ofNullable(container.getEnv())
            .orElse(List.of())
            .stream()
            .filter(variable -> "FICUS_SETTINGS_FILE".equals(variable.getName()) && variable.getValue() != null)
            .map(EnvVar::getValue)
            .findFirst();
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        return volumes.stream()
            .filter(volume -> volume.getConfigMap() != null)
            .map(volume -> configMaps.get(volume.getConfigMap().getName()))
            .filter(map -> map != null && map.getData() != null && map.getData().containsKey("application.yml"))
            .map(map -> YAML.readTree(map.getData().get("application.yml")).path("ficus").path("settings").path("file"))
            .filter(JsonNode::isString)
            .map(JsonNode::asString)
            .findFirst();
    }

    private static String problem(Path file, Container container, List<Volume> volumes,
            Map<String, ConfigMap> configMaps) {
        Path folder = file.getParent();
        List<VolumeMount> mounts = Optional.ofNullable(container.getVolumeMounts()).orElse(List.of());
        Optional<VolumeMount> mount = mounts.stream()
            .filter(candidate -> folder != null && folder.equals(Path.of(candidate.getMountPath())))
            .findFirst();
        Optional<VolumeMount> subPath = mounts.stream()
            .filter(candidate -> file.equals(Path.of(candidate.getMountPath())))
            .findFirst();
        if (mount.isEmpty()) {
            return subPath.isPresent() ? "mounted with subPath, which the kubelet never updates"
                    : "but nothing is mounted at " + folder;
        }
        Optional<Volume> volume = volumes.stream()
            .filter(candidate -> candidate.getName().equals(mount.get().getName()))
            .findFirst();
        if (volume.isEmpty() || volume.get().getConfigMap() == null) {
            return "but " + folder + " is not a ConfigMap volume";
        }
        String name = volume.get().getConfigMap().getName();
        ConfigMap configMap = configMaps.get(name);
        String key = String.valueOf(file.getFileName());
        if (configMap != null && (configMap.getData() == null || !configMap.getData().containsKey(key))) {
            return "but ConfigMap " + name + " has no key " + key;
        }
        return null;
    }

}
