def log = new File(basedir, 'build.log').text
def expected = [
    '[ERROR] ficus: 2 dependencies cross a service boundary outside the allowed API of ficus-boundaries.json:',
    '[ERROR]   orders -> catalog: com.acme.shop.orders.OrderDesk uses com.acme.shop.catalog.internal.PriceList (call, new) at orders/src/main/java/com/acme/shop/orders/OrderDesk.java:12',
    '[ERROR]   orders -> catalog: com.acme.shop.orders.Returns uses com.acme.shop.catalog.internal.Stock (call) at orders/src/main/java/com/acme/shop/orders/Returns.java:9',
]
def listed = log.readLines().findAll { it.startsWith('[ERROR] ficus:') || it.startsWith('[ERROR]   ') }
assert listed == expected : "listed:\n${listed.join('\n')}"
// Catalog is the catalog's API: allowed
assert !log.contains('uses com.acme.shop.catalog.Catalog ')
assert log.contains('move the code, or add the used type to the service\'s "api" in ficus-boundaries.json')
return true
