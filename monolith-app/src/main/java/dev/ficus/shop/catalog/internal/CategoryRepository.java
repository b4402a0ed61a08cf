package dev.ficus.shop.catalog.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findByName(String name);

}
