package dev.ficus.shop.alphafixture.internal;

import dev.ficus.shop.betafixture.BetaController;
import org.springframework.data.repository.Repository;

/** Fixture: a repository of module "alphafixture" that leans on module "betafixture" (closing a cycle). */
public interface AlphaRepository extends Repository<BetaController, Long> {
}
