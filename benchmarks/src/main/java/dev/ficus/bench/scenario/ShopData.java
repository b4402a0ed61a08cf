package dev.ficus.bench.scenario;

/**
 * What the seeded shop contains, so requests only ask for ids that exist.
 *
 * @param productCount products have ids {@code 1..productCount}
 * @param customerCount customers have ids {@code 1..customerCount}
 * @param pageSize page size used when browsing the catalog
 */
public record ShopData(int productCount, int customerCount, int pageSize) {

    public static final int PRODUCT_COUNT_DEFAULT = 1000;

    /**
     * For {@code --quick} runs, which check the harness: every repeat reads the owners'
     * truth product by product before any load, which on cold processes took about 13 s
     * per topology for 1,000 products.
     */
    public static final int PRODUCT_COUNT_QUICK = 100;

    public static final int CUSTOMER_COUNT_DEFAULT = 200;

    public static final int PAGE_SIZE_DEFAULT = 20;

    public static final ShopData DEFAULT = new ShopData(PRODUCT_COUNT_DEFAULT, CUSTOMER_COUNT_DEFAULT,
            PAGE_SIZE_DEFAULT);

    public ShopData {
        if (productCount < 1 || customerCount < 1 || pageSize < 1) {
            throw new IllegalArgumentException("product count, customer count and page size must be positive");
        }
    }

    public int pageCount() {
        return (productCount + pageSize - 1) / pageSize;
    }
}
