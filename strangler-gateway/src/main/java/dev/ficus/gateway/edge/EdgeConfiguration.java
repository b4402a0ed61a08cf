package dev.ficus.gateway.edge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;

import dev.ficus.gateway.problem.ProblemResponses;

/**
 * What every request meets first, on both ports: the body size limit, the firewall, and a
 * 400 problem when it refuses a request.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    ServerWebExchangeFirewall edgeFirewall() {
        return new EdgeFirewall();
    }

    @Bean
    BodySizeLimit bodySizeLimit(EdgeProperties properties, ProblemResponses problems,
            @Value("${server.http2.enabled:false}") boolean http2) {
        return new BodySizeLimit(properties.maxBodySize().toBytes(), problems, http2);
    }

    @Bean
    ServerExchangeRejectedHandler rejectedAsProblem(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange,
                ProblemResponses.of(HttpStatus.BAD_REQUEST, rejected.getMessage(), exchange));
    }

}
