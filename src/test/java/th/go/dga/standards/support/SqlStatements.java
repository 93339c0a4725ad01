package th.go.dga.standards.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while it does something, the engine's (MyBatis) and the
 * application's (JDBC) alike: the application's data source is wrapped, and every statement prepared on one of its
 * connections by the counting thread is counted. A test class imports {@link Counting} to have it.
 */
public final class SqlStatements {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** How many statements {@code work} sent. */
    public static int countedWhile(Callable<?> work) throws Exception {
        COUNT.set(new int[1]);
        try {
            work.call();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }

    /** Wraps the application's data source; tests that import it share one application context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        public static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource) ? new CountingDataSource(dataSource) : bean;
                }
            };
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                String name = method.getName();
                if (COUNT.get() != null && (name.startsWith("prepare") || name.equals("createStatement"))) {
                    COUNT.get()[0]++;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }
    }
}
