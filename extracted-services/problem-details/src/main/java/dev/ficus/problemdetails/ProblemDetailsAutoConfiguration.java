package dev.ficus.problemdetails;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Registers {@link ShopProblemDetailsHandler} ahead of Boot's own problem-details handler, which then backs off. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDetailsAutoConfiguration {

    @Bean
    ShopProblemDetailsHandler shopProblemDetailsHandler() {
        return new ShopProblemDetailsHandler();
    }
}
