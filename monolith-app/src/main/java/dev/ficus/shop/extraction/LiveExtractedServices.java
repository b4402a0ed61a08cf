package dev.ficus.shop.extraction;

import dev.ficus.livesettings.LiveProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code ficus.extracted.*} follow the settings file ({@code ficus.settings.file}): a
 * service's URL, the timeouts, retries and circuit open time change in the running
 * monolith. Whether a capability runs in-process or calls its service is decided at start
 * (which beans exist), so a file that sets or removes a capability's URL is refused until
 * a restart.
 */
@Configuration(proxyBeanMethods = false)
class LiveExtractedServices {

    @Bean
    LiveProperties<ExtractedServicesProperties> extractedServicesSettings(ExtractedServicesProperties atStart) {
        return LiveProperties.of(ExtractedServicesProperties.class, atStart, LiveExtractedServices::sameModes);
    }

    static void sameModes(ExtractedServicesProperties current, ExtractedServicesProperties next) {
        for (String capability : ExtractedServicesProperties.CAPABILITIES) {
            if ((current.service(capability).url() == null) != (next.service(capability).url() == null)) {
                throw new IllegalArgumentException("ficus.extracted." + capability
                        + ".url: moving a capability between in-process and its service needs a restart");
            }
        }
    }

}
