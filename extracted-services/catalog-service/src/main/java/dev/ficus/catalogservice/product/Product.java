package dev.ficus.catalogservice.product;

import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.catalog.ProductDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A product of the catalog: the aggregate this service owns. */
@Entity
@Table(name = "catalog_product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sku;

    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    @Column(name = "price_currency")
    private String priceCurrency;

    protected Product() {
    }

    Product(String sku, String name, String description, Category category, MoneyDto price) {
        this.sku = sku;
        this.name = name;
        this.description = description;
        this.category = category;
        this.priceAmount = price.amount().setScale(2, RoundingMode.UNNECESSARY);
        this.priceCurrency = price.currency();
    }

    long id() {
        return id;
    }

    ProductDto toDto() {
        return new ProductDto(id, sku, name, description, category.name(), new MoneyDto(priceAmount, priceCurrency));
    }
}
