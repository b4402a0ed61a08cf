package dev.ficus.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The strangler-fig gateway: sends each capability's traffic to the monolith or to its
 * extracted service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StranglerGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(StranglerGatewayApplication.class, args);
    }

}
