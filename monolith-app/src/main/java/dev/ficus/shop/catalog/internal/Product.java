package dev.ficus.shop.catalog.internal;

import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product for sale, with its current price. */
@Entity
@Table(name = "catalog_product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sku;

    private String name;

    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "price_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    private Money price;

    protected Product() {
    }

    Product(String sku, String name, String description, Category category, Money price) {
        this.sku = sku;
        this.name = name;
        this.description = description;
        this.category = category;
        this.price = price;
    }

    long id() {
        return id;
    }

    ProductDto toDto() {
        return new ProductDto(id, sku, name, description, category.name(), price.toDto());
    }

}
