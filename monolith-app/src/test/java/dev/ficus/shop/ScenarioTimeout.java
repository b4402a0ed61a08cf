package dev.ficus.shop;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Function;
import org.awaitility.core.ConditionFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ScenarioCustomizer;

/**
 * Gives every {@code Scenario} of a module test {@link #TIMEOUT} instead of Awaitility's
 * ten seconds: on a shared, busy build machine an asynchronous listener can take longer
 * than that to run, without anything being wrong.
 */
public class ScenarioTimeout implements ScenarioCustomizer {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Function<ConditionFactory, ConditionFactory> getDefaultCustomizer(Method method,
            ApplicationContext context) {
        return ScenarioCustomizer.forwardExecutorService(context).andThen(factory -> factory.atMost(TIMEOUT));
    }

}
