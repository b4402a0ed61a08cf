package com.acme.routes.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

public class RoadMap {

    private final Graph<String, DefaultWeightedEdge> roads = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);

    public void addRoad(String from, String to, double km) {
        roads.addVertex(from);
        roads.addVertex(to);
        DefaultWeightedEdge road = roads.addEdge(from, to);
        roads.setEdgeWeight(road, km);
    }

    public Graph<String, DefaultWeightedEdge> roads() {
        return roads;
    }
}
