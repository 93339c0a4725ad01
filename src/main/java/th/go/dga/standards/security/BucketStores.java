package th.go.dga.standards.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.dga.standards.database.DatabaseProduct;

/**
 * The buckets of {@link AddressLimits}: shared in the database on PostgreSQL, which several nodes may use at once, so
 * that two nodes do not each give an address its limit; in memory on the embedded H2 database, which has one node.
 */
@Configuration(proxyBeanMethods = false)
class BucketStores {

    @Bean
    BucketStore addressBuckets(DataSource dataSource) {
        return DatabaseProduct.isPostgreSQL(dataSource) ? new DatabaseBuckets(dataSource) : new MemoryBuckets();
    }
}
