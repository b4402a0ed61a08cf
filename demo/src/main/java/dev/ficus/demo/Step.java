package dev.ficus.demo;

/** The demo's steps, in order, each with the log that tells more when it fails. */
enum Step {

    ANALYSE("analyse", "logs/analyse.log"), PLAN("plan", "logs/plan.log"), EXTRACT("extract", "logs/extract.log"),
    START("start", "logs/"), MIGRATE("data", "logs/migrate-data.log"), SHADOW("shadow", "logs/gateway.log"),
    CANARY("canary", "logs/gateway.log"), BASELINE("baseline", "logs/monolith.log"),
    SWITCH("switch", "logs/after-switch/monolith.log"), COMPARE("compare", "logs/gateway.log"), PAGE("page", "logs/");

    private final String label;

    private final String log;

    Step(String label, String log) {
        this.label = label;
        this.log = log;
    }

    int number() {
        return ordinal() + 1;
    }

    String label() {
        return label;
    }

    /** The log of this step, relative to the demo's folder. */
    String log() {
        return log;
    }

}
