package dev.ficus.shop.catalog.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named group of products; created on first use. */
@Entity
@Table(name = "catalog_category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected Category() {
    }

    Category(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

}
