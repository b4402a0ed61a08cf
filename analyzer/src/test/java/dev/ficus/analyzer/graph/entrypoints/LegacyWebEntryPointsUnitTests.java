package dev.ficus.analyzer.graph.entrypoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import org.junit.jupiter.api.Test;

/**
 * The legacy web layers of {@code fixtures/legacy-web}, one small class per case, with
 * every entry point known.
 */
class LegacyWebEntryPointsUnitTests {

    private static final String LEGACY = "org.legacy.";

    private final CodeGraph graph = GraphBuilder.build(
            SourceReader.read(SourceRequest.of(Fixtures.of("legacy-web")), Progress.NONE), EdgeWeights.defaults(),
            Progress.NONE);

    @Test
    void findsEveryHandlerOfEveryLegacyWebLayerAndNothingElse() {
        assertThat(graph.entryPoints())
            .extracting(EntryPoint::type, EntryPoint::kind, EntryPoint::detail, EntryPoint::method)
            .containsExactly(tuple(LEGACY + "jsf.AccountBean", Kind.JSF, "#{account}", "AccountBean"),
                    tuple(LEGACY + "jsf.WizardBean", Kind.JSF, "#{wizardBean}", "WizardBean"),
                    tuple(LEGACY + "mdb.OrderQueueListener", Kind.LISTENER, "message-driven jms/orders",
                            "OrderQueueListener"),
                    tuple(LEGACY + "mdb.PlainListener", Kind.LISTENER, "MessageListener", "PlainListener"),
                    tuple(LEGACY + "stripes.CartActionBean", Kind.ACTION, "stripes /Cart.action addItemToCart",
                            "addItemToCart"),
                    tuple(LEGACY + "stripes.CartActionBean", Kind.ACTION, "stripes /Cart.action viewCart", "viewCart"),
                    tuple(LEGACY + "stripes.OrderActionBean", Kind.ACTION, "stripes /orders/{$event} newOrder",
                            "newOrder"),
                    tuple(LEGACY + "struts.LoginAction", Kind.ACTION, "struts LoginAction.execute", "execute"),
                    tuple(LEGACY + "struts.SearchAction", Kind.ACTION, "struts2 SearchAction.execute", "execute"),
                    tuple(LEGACY + "web.AuditFilter", Kind.SERVLET, "filter class AuditFilter", "doFilter"),
                    tuple(LEGACY + "web.LegacyServlet", Kind.SERVLET, "class LegacyServlet", "service"),
                    tuple(LEGACY + "web.TimingFilter", Kind.SERVLET, "filter /api/*", "doFilter"),
                    tuple(LEGACY + "ws.QuoteEndpoint", Kind.WEBSERVICE, "soap QuoteService.quote", "quote"));
    }

}
