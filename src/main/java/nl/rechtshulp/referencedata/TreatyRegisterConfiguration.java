package nl.rechtshulp.referencedata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Reads the treaty register at start-up: a register with an error stops the start, naming the file and line. */
@Configuration
@EnableConfigurationProperties(TreatyRegisterSettings.class)
class TreatyRegisterConfiguration {

    @Bean
    TreatyRegister treatyRegister(ResourceLoader resources, TreatyRegisterSettings settings, Countries countries) {
        return TreatyRegister.load(resources, settings.location(), countries);
    }

    @Bean
    LegalBasisRules legalBasisRules(TreatyRegister treatyRegister, DecisionTables decisionTables) {
        return new LegalBasisRules(treatyRegister, decisionTables);
    }
}
