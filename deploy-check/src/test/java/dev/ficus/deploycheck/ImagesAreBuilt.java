package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.Container;

/**
 * Every Spring Boot container runs an image the build produces (an optional registry host
 * in front allowed), and every image the build produces runs somewhere: a renamed module
 * or a bumped version cannot leave the manifests behind.
 */
final class ImagesAreBuilt implements ManifestCheck {

    private final BuildImages images;

    ImagesAreBuilt(BuildImages images) {
        this.images = images;
    }

    @Override
    public String rule() {
        return "the Spring Boot containers run exactly the images the poms' Jib configuration produces";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> deployed = new TreeSet<>();
        for (Workload workload : manifests.workloads()) {
            if (!workload.runsSpringBoot()) {
                continue;
            }
            for (Container container : workload.containers()) {
                String image = withoutRegistry(container.getImage());
                deployed.add(image);
                if (!images.produces(image)) {
                    problems.add(workload.id() + " container " + container.getName() + " runs " + container.getImage()
                            + ", which the build does not produce (it produces "
                            + new TreeSet<>(images.byModule().values()) + ")");
                }
            }
        }
        images.byModule().forEach((module, image) -> {
            if (!deployed.contains(image)) {
                problems.add("no workload runs " + image + ", the image of " + module);
            }
        });
        return problems;
    }

    /**
     * {@code registry.example.com:5000/ficus/app:1} → {@code ficus/app:1}; a first
     * segment with '.' or ':' is a host.
     */
    static String withoutRegistry(String image) {
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return image.substring(slash + 1);
            }
        }
        return image;
    }

}
