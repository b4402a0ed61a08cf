package dev.ficus.gateway.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin token and the filter that demands it.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	AdminToken adminToken(AdminProperties properties) {
		return AdminToken.of(properties);
	}

	@Bean
	AdminAuthenticationFilter adminAuthenticationFilter(AdminToken token) {
		return new AdminAuthenticationFilter(token);
	}

}
