package com.acme.routes.planner;

import com.acme.routes.graph.RoadMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;

public class RoutePlanner {

    private final RoadMap map;
    private final Graph<RoadMap, DefaultEdge> regions;

    public RoutePlanner(RoadMap map, Graph<RoadMap, DefaultEdge> regions) {
        this.map = map;
        this.regions = regions;
    }

    public double distance(String from, String to) {
        return new DijkstraShortestPath<>(map.roads()).getPathWeight(from, to);
    }

    /** Which RoadMap.addRoad this calls is known only from jgrapht's Graph.vertexSet(): the jar must be there. */
    public void connectEveryRegion(String from, String to, double km) {
        regions.vertexSet().forEach(region -> region.addRoad(from, to, km));
    }
}
