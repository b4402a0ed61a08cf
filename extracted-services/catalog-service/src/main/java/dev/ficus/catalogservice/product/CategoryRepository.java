package dev.ficus.catalogservice.product;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored categories. */
interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findByName(String name);
}
