package dev.ficus.gateway;

import reactor.netty.ReactorNetty;

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
        oneEventLoopPerCpu();
        SpringApplication.run(StranglerGatewayApplication.class, args);
    }

    /**
     * One Netty event loop per CPU the gateway may use, unless set: Reactor Netty's
     * default of at least four made a gateway limited to one CPU switch between four
     * loops (about 8 % more CPU per proxied request, measured with the CPU pinned).
     * Nothing on the gateway's loops blocks: the admin API's file writes run on the task
     * executor, the rollouts' and route files' on the task scheduler.
     */
    static void oneEventLoopPerCpu() {
        if (System.getProperty(ReactorNetty.IO_WORKER_COUNT) == null) {
            System.setProperty(ReactorNetty.IO_WORKER_COUNT,
                    String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
    }

}
