package th.go.dga.standards;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import th.go.dga.standards.time.BuddhistEra;

/**
 * The workflow system for Thai digital-government standards: drafting, committee votes, public hearings, signing,
 * publication and the Royal Gazette, on an embedded Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StandardsApplication {

    public static void main(String[] args) {
        // every date of the product is a Bangkok date, whatever the machine's own zone
        TimeZone.setDefault(TimeZone.getTimeZone(BuddhistEra.BANGKOK));
        SpringApplication.run(StandardsApplication.class, args);
    }
}
