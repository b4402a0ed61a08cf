package com.acme.shop.catalog;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

public class Bundles {

    private final Graph<String, DefaultEdge> parts = new DefaultDirectedGraph<>(DefaultEdge.class);

    public void include(String bundle, String part) {
        parts.addVertex(bundle);
        parts.addVertex(part);
        parts.addEdge(bundle, part);
    }

    public Set<DefaultEdge> partsOf(String bundle) {
        return parts.outgoingEdgesOf(bundle);
    }
}
