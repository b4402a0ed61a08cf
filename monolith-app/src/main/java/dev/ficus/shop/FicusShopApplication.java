package dev.ficus.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ficus Shop: the sample monolith, cut into Spring Modulith application modules below
 * this package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class FicusShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(FicusShopApplication.class, args);
    }

}
