package th.go.dga.standards.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Next values of the database sequences that number projects and comments, on H2 and on PostgreSQL alike.
 */
@Component
public class DatabaseSequences {

    private final DataSource dataSource;
    private final boolean postgres;
    private final Map<String, DataFieldMaxValueIncrementer> incrementers = new ConcurrentHashMap<>();

    public DatabaseSequences(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = DatabaseProduct.isPostgreSQL(dataSource);
    }

    public long next(String sequence) {
        return incrementers.computeIfAbsent(sequence, name -> postgres
                ? new PostgresSequenceMaxValueIncrementer(dataSource, name)
                : new H2SequenceMaxValueIncrementer(dataSource, name)).nextLongValue();
    }
}
