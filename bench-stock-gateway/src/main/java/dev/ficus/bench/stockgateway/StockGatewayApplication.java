package dev.ficus.bench.stockgateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stock Spring Cloud Gateway with one route to the backend named by
 * {@code stock-gateway.backend-url} and nothing of its own: the anchor row of
 * {@code ficus bench gateway-overhead}.
 */
@SpringBootApplication
public class StockGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(StockGatewayApplication.class, args);
    }

}
