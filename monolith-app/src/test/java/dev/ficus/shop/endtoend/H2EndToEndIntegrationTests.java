package dev.ficus.shop.endtoend;

/** The end-to-end scenarios on the default embedded H2 database. */
class H2EndToEndIntegrationTests extends EndToEndScenarios {

}
