package dev.ficus.contract;

import static dev.ficus.contract.ContractCase.get;
import static dev.ficus.contract.ContractCase.send;

import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.PageDto;
import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /api/catalog/**} contract, run against the monolith and the catalog service.
 */
@ExtendWith(DeploymentsExtension.class)
class CatalogContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int SEEDED = Deployments.SEEDED_PRODUCTS;

    private static final String NEW_PRODUCT = """
            {"sku":"CT-0001","name":"Contract kettle","description":"made by the contract suite",\
            "category":"kitchen","price":{"amount":24.5,"currency":"EUR"}}""";

    @TestFactory
    Stream<DynamicTest> catalogAnswersAlikeEverywhere(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith(), deployments.catalogService())).tests(cases());
    }

    static List<ContractCase> cases() {
        return List.of(
                get("listsFirstPageOfSeededProducts", "/api/catalog/products?page=0&size=20", 200).expecting(
                        page(0, 20)),
                get("listsDefaultPage", "/api/catalog/products", 200).expecting(page(0, 20)),
                get("listsLastPartialPage", "/api/catalog/products?page=2&size=20", 200).expecting(page(2, 20)),
                get("listsEmptyPageBeyondTheEnd", "/api/catalog/products?page=9&size=20", 200).expecting(page(9, 20)),
                get("acceptsLargestPageSize", "/api/catalog/products?page=0&size=100", 200).expecting(page(0, 100)),
                get("rejectsPageSizeZero", "/api/catalog/products?page=0&size=0", 400),
                get("rejectsPageSizeAboveHundred", "/api/catalog/products?page=0&size=101", 400),
                get("rejectsNegativePage", "/api/catalog/products?page=-1&size=20", 400),
                get("rejectsNonNumericPageSize", "/api/catalog/products?size=many", 400),
                get("returnsSeededProduct", "/api/catalog/products/1", 200).expecting(product(1)),
                get("returnsLastSeededProduct", "/api/catalog/products/" + SEEDED, 200).expecting(product(SEEDED)),
                get("answersNotFoundForUnknownProduct", "/api/catalog/products/999999", 404),
                get("rejectsNonNumericProductId", "/api/catalog/products/abc", 400),
                send("createsProduct", "POST", "/api/catalog/products", NEW_PRODUCT, 201).expecting(created()),
                get("returnsCreatedProduct", "/api/catalog/products/" + (SEEDED + 1), 200).expecting(created()),
                send("rejectsDuplicateSku", "POST", "/api/catalog/products", NEW_PRODUCT, 409),
                send("rejectsBlankSku", "POST", "/api/catalog/products", NEW_PRODUCT.replace("CT-0001", " "), 400),
                send("rejectsNegativePrice", "POST", "/api/catalog/products",
                        NEW_PRODUCT.replace("CT-0001", "CT-0002").replace("24.5", "-1"), 400),
                send("rejectsLowercaseCurrency", "POST", "/api/catalog/products",
                        NEW_PRODUCT.replace("CT-0001", "CT-0003").replace("EUR", "eur"), 400),
                send("rejectsMissingPrice", "POST", "/api/catalog/products", """
                        {"sku":"CT-0004","name":"No price","category":"kitchen"}""", 400),
                send("rejectsMalformedJson", "POST", "/api/catalog/products", "{\"sku\": ", 400),
                get("countsTheCreatedProduct", "/api/catalog/products?page=0&size=1", 200));
    }

    private static JsonNode created() {
        return JSON.valueToTree(new ProductDto(SEEDED + 1, "CT-0001", "Contract kettle", "made by the contract suite",
                "kitchen", new MoneyDto(new BigDecimal("24.50"), "EUR")));
    }

    private static JsonNode product(long id) {
        return JSON.valueToTree(dto(SeedData.product(id)));
    }

    private static JsonNode page(int page, int size) {
        List<ProductDto> content = SeedData.products(SEEDED)
            .stream()
            .skip((long) page * size)
            .limit(size)
            .map(CatalogContractTests::dto)
            .toList();
        int totalPages = (SEEDED + size - 1) / size;
        return JSON.valueToTree(new PageDto<>(content, page, size, SEEDED, totalPages));
    }

    private static ProductDto dto(SeedProduct seed) {
        return new ProductDto(seed.id(), seed.sku(), seed.name(), seed.description(), seed.category(), seed.price());
    }

}
