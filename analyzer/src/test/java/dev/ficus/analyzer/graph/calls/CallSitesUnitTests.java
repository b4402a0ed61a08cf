package dev.ficus.analyzer.graph.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument.CallSite;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Call sites and declared failures read from {@code fixtures/calls}, whose lines are
 * known.
 */
class CallSitesUnitTests {

    private static final String ORDERS = "src/main/java/shop/Orders.java";

    private final CallSites callSites = new CallSites(new SourceIndex(
            SourceReader.read(SourceRequest.of(Path.of("src/test/resources/fixtures/calls")), Progress.NONE)));

    @Test
    void readsTheCalledMethodAndWhetherItsResultIsUsed() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 14), "shop.Inventory"))
            .containsExactly(new CallSites.Call("reserve", 2, false, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 20), "shop.Inventory"))
            .containsExactly(new CallSites.Call("audit", 1, true, List.of(), CallSite.ON_FIELD));
    }

    @Test
    void takesTheValueOfAnExpressionLambdasCallForUsed() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 33), "shop.Inventory"))
            .containsExactly(new CallSites.Call("audit", 1, true, List.of(), CallSite.ON_FIELD));
    }

    @Test
    void readsTheExceptionsCaughtAroundACall() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 16), "shop.Inventory"))
            .containsExactly(new CallSites.Call("release", 1, false,
                    List.of("IllegalStateException", "UnsupportedOperationException"), CallSite.ON_FIELD));
    }

    @Test
    void doesNotCountACatchBlockAsHandlingTheCallsInside() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 18), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, false, List.of(), CallSite.ON_FIELD));
    }

    @Test
    void tellsWhatACallIsMadeOnABeanItHoldsOrAnObjectItWasHandedMadeOrLookedUpOrAType() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 25), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, false, List.of(), CallSite.ON_PARAMETER));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 26), "shop.Inventory"))
            .containsExactly(new CallSites.Call("release", 1, true, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 27), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, true, List.of(), CallSite.ON_PARAMETER));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 29), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, false, List.of(), CallSite.ON_LOCAL));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 30), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, false, List.of(), CallSite.ON_RESULT));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 31), "shop.Stock"))
            .containsExactly(new CallSites.Call("empty", 0, false, List.of(), CallSite.ON_TYPE));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 32), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, false, List.of(), CallSite.ON_FIELD));
    }

    @Test
    void readsAMethodReferenceAsACallOfThatMethodWithItsArityItsReceiverAndItsValueUsed() {
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 41), "shop.Inventory"))
            .containsExactly(new CallSites.Call("release", 1, true, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 44), "shop.Inventory"))
            .containsExactly(new CallSites.Call("audit", 1, true, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 43), "shop.Stock"))
            .containsExactly(new CallSites.Call("take", 1, true, List.of(), CallSite.ON_PARAMETER));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 42), "shop.Stock"))
            .containsExactly(new CallSites.Call("empty", 0, true, List.of(), CallSite.ON_TYPE));
        assertThat(callSites.callsAt(new SourceLocation(ORDERS, 48), "shop.Stock")).as("Stock::new makes one")
            .isEmpty();
    }

    @Test
    void readsFailuresFromThrowsClausesJavadocAndThrowStatements() {
        assertThat(callSites.operation("shop.Inventory", "reserve", 2).orElseThrow().failures())
            .containsExactly("InsufficientStockException");
        assertThat(callSites.operation("shop.Inventory", "audit", 1).orElseThrow().failures())
            .containsExactly("IOException");
        assertThat(callSites.operation("shop.Stock", "take", 1).orElseThrow().failures())
            .containsExactly("InsufficientStockException");
        assertThat(callSites.operation("shop.Inventory", "release", 1).orElseThrow().failures()).isEmpty();
    }

}
