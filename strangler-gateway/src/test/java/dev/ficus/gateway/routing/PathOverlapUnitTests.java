package dev.ficus.gateway.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathOverlapUnitTests {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/a/**            | /api/a/**           | true
            /api/a/**            | /api/a/b/**         | true
            /api/a/b/**          | /api/a/**           | true
            /api/a/**            | /api/a              | true
            /api/a/**            | /api/ab/**          | false
            /api/a               | /api/a/b            | false
            /api/orders/*        | /api/orders/*/items | false
            /api/*/b             | /api/a/*            | true
            /api/{id}            | /api/x              | true
            /api/a*/x            | /api/b*/x           | false
            /api/a*/x            | /api/ab*/x          | true
            /api/notifications/** | /api/{*rest}       | true
            /api/catalog/**      | /api/inventory/**   | false
            /**                  | /api/anything       | true
            """)
    void tellsWhetherSomePathMatchesBoth(String first, String second, boolean overlap) {
        assertThat(PathOverlap.overlaps(first, second)).isEqualTo(overlap);
        assertThat(PathOverlap.overlaps(second, first)).isEqualTo(overlap);
    }

    @ParameterizedTest
    @CsvSource({ "api/a/**", "/api/{a", "/api/**/x/{*rest}/y" })
    void refusesWhatIsNotAPathPattern(String pattern) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathOverlap.parse(pattern))
            .withMessageContaining(pattern);
    }

}
