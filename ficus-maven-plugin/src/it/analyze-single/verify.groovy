import groovy.json.JsonSlurper

def out = new File(basedir, 'target/ficus')
['analysis.json', 'report.html', 'summary.md'].each { name ->
    assert new File(out, name).isFile() : "missing target/ficus/$name"
}
assert !new File(out, 'graph.dot').exists() : 'dot is not among the default formats'

def withClasspath = new JsonSlurper().parse(new File(out, 'analysis.json'))
def sourcesOnly = new JsonSlurper().parse(new File(basedir, 'target/ficus-sources-only/analysis.json'))
assert withClasspath.stats.files == 2
assert withClasspath.input.sourceRoots == ['src/main/java']
// RoutePlanner calls RoadMap.addRoad on what jgrapht hands it: resolved only with the module's jars
assert withClasspath.stats.unresolvedCallRatio == 0.0 : "with the classpath: ${withClasspath.stats.unresolvedCallRatio}"
assert sourcesOnly.stats.unresolvedCallRatio > 0.0 : "sources alone: ${sourcesOnly.stats.unresolvedCallRatio}"
def log = new File(basedir, 'build.log').text
assert log.contains('ficus: 1 module(s) below')
return true
