package th.go.dga.standards.config;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import th.go.dga.standards.time.BuddhistEra;

/**
 * Every moment the API writes is ISO-8601 with the +07:00 offset: {@code 2024-02-29T13:30:00+07:00}.
 */
@Configuration(proxyBeanMethods = false)
class BangkokJson {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer instantsInBangkokTime() {
        return builder -> builder.serializerByType(Instant.class, new JsonSerializer<Instant>() {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
                generator.writeString(FORMAT.format(value.atZone(BuddhistEra.BANGKOK).toOffsetDateTime()));
            }
        });
    }
}
