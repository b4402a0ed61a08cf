package dev.ficus.bench.change;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit a change is built and tested in, and the command that does it, run from the
 * Ficus checkout after {@code changedFile} is touched (so the compiler sees a change).
 *
 * @param shape the deployment shape the unit belongs to
 * @param unit what is built and tested
 * @param changedFile the file a change is made to, relative to the checkout
 * @param command the build, relative to the checkout
 */
public record UnitBuild(String shape, String unit, String changedFile, List<String> command) {

    private static final String INVENTORY_CODE = "monolith-app/src/main/java/dev/ficus/shop/inventory/internal/"
            + "InventoryManagement.java";

    private static final String INVENTORY_SERVICE_CODE = "extracted-services/inventory-service/src/main/java/"
            + "dev/ficus/inventoryservice/InventoryServiceApplication.java";

    /** The monolith's build with every test. */
    public static final String WHOLE_MONOLITH = "the whole monolith, every test";

    /** The monolith's build with the inventory module's tests only. */
    public static final String MODULE_ONLY = "the monolith, the inventory module's tests only";

    /** inventory-service's build with its own tests. */
    public static final String SERVICE = "inventory-service, its own tests";

    public UnitBuild {
        command = List.copyOf(command);
    }

    /**
     * The sample's change to inventory in each shape: the monolith with every test, the
     * monolith with only the inventory module's tests (what a Spring Modulith build can
     * run for a change inside one module), and inventory-service with its own tests,
     * against the Ficus libraries in the local Maven repository as a service's build uses
     * released libraries. With {@code quick}, no test runs.
     */
    public static List<UnitBuild> sample(boolean quick) {
        return List.of(
                new UnitBuild("monolith", WHOLE_MONOLITH, INVENTORY_CODE,
                        maven(quick, "verify", "-pl", "monolith-app")),
                new UnitBuild("monolith", MODULE_ONLY, INVENTORY_CODE,
                        maven(quick, "verify", "-pl", "monolith-app", "-Dtest=dev/ficus/shop/inventory/**/*",
                                "-Dsurefire.failIfNoSpecifiedTests=false")),
                new UnitBuild("gateway-services", SERVICE, INVENTORY_SERVICE_CODE,
                        maven(quick, "verify", "-pl", "extracted-services/inventory-service")));
    }

    private static List<String> maven(boolean quick, String... arguments) {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-o", "-q"));
        command.addAll(List.of(arguments));
        if (quick) {
            command.add("-DskipTests");
        }
        return command;
    }

    /** The command as typed in a shell. */
    public String commandLine() {
        return String.join(" ", command.stream().map(word -> word.contains("*") ? "'" + word + "'" : word).toList());
    }

}
