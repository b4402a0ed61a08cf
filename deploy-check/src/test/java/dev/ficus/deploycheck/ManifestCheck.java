package dev.ficus.deploycheck;

import java.util.List;

/**
 * One rule the built manifests must keep; answers every breach as one line naming the
 * object.
 */
interface ManifestCheck {

    /** What the rule says, for the report of a failing overlay. */
    String rule();

    /** Every breach found, in object order; empty when the manifests keep the rule. */
    List<String> problems(Manifests manifests);

}
