package dev.ficus.shop.betafixture;

import dev.ficus.shop.alphafixture.internal.AlphaRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: a controller breaking every architecture rule at once. */
@RestController
public class BetaController {

    @Autowired
    private AlphaRepository alphas;
}
