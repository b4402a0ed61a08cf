import groovy.json.JsonSlurper

def out = new File(basedir, 'target/ficus')
['analysis.json', 'report.html', 'summary.md', 'plan.md', 'plan.json'].each { name ->
    assert new File(out, name).isFile() : "missing target/ficus/$name"
}
// one analysis at the root, none per module
assert !new File(basedir, 'core/target/ficus').exists()
assert !new File(basedir, 'app/target/ficus').exists()

def analysis = new JsonSlurper().parse(new File(out, 'analysis.json'))
assert analysis.input.sourceRoots == ['app/src/main/java', 'core/src/main/java']
def types = (analysis.services*.types.flatten() + analysis.sharedKernel.types).toSet()
assert types.containsAll(['com.acme.shop.orders.OrderDesk', 'com.acme.shop.catalog.Catalog',
        'com.acme.shop.catalog.Bundles', 'com.acme.shop.billing.Invoicing'])
// app calls core (through its sources) and through jgrapht (a jar only core declares): all resolved
assert analysis.stats.unresolvedCallRatio == 0.0 : "unresolved: ${analysis.stats.unresolvedCallRatio}"

def plan = new JsonSlurper().parse(new File(out, 'plan.json'))
assert plan.candidates*.name.toSet() == analysis.services*.name.toSet()
return true
