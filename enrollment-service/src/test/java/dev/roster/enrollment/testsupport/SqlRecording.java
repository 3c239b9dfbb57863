package dev.roster.enrollment.testsupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records the SQL a request sends to the service's DataSource, with its transaction boundaries, for tests
 * that check what reaches the database (the pgbench purchase script's, say). Only requests that carry
 * {@value #HEADER} are recorded, and only on the thread that serves them: scheduled jobs and other tests'
 * requests running meanwhile never mix in.
 *
 * <p>Transaction boundaries are seen where Spring's transaction manager sets them on the connection:
 * {@code setAutoCommit(false)} is recorded as {@code BEGIN}, {@code commit()} as {@code COMMIT},
 * {@code rollback()} as {@code ROLLBACK}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlRecording {

    /** The request header that turns recording on for that request. */
    public static final String HEADER = "X-Test-Record-Sql";

    /** What the recorded requests sent, in order. */
    public static final class RecordedSql {

        private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);
        private final List<String> statements = new ArrayList<>();

        public synchronized List<String> statements() {
            return List.copyOf(statements);
        }

        public synchronized void clear() {
            statements.clear();
        }

        synchronized void add(String sql) {
            if (recording.get()) {
                statements.add(sql);
            }
        }
    }

    @Bean
    static RecordedSql recordedSql() {
        return new RecordedSql();
    }

    @Bean
    static BeanPostProcessor recordingDataSources(RecordedSql recorded) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                // the one DataSource every JdbcClient and the transaction manager share, so the
                // transaction-bound connection is found under the same key by both
                return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)
                        ? new RecordingDataSource(dataSource, recorded) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sqlRecordingFilter(RecordedSql recorded) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                boolean record = request.getHeader(HEADER) != null;
                recorded.recording.set(record);
                try {
                    chain.doFilter(request, response);
                } finally {
                    recorded.recording.remove();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        // before Spring Security's chain, so the bearer token's look-up is recorded too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class RecordingDataSource extends DelegatingDataSource {

        private final RecordedSql recorded;

        RecordingDataSource(DataSource target, RecordedSql recorded) {
            super(target);
            this.recorded = recorded;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        private Connection recording(Connection target) {
            return proxy(Connection.class, target, (method, args) -> {
                switch (method.getName()) {
                    case "prepareStatement", "prepareCall" -> recorded.add((String) args[0]);
                    case "setAutoCommit" -> {
                        if (!(Boolean) args[0]) {
                            recorded.add("BEGIN");
                        }
                    }
                    case "commit" -> recorded.add("COMMIT");
                    case "rollback" -> recorded.add(args == null ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT");
                    default -> {
                    }
                }
            }, result -> result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                    ? proxy(Statement.class, statement, (method, args) -> {
                        if (method.getName().startsWith("execute") || method.getName().equals("addBatch")) {
                            if (args != null && args.length > 0 && args[0] instanceof String sql) {
                                recorded.add(sql);
                            }
                        }
                    }, r -> r)
                    : result);
        }
    }

    private interface BeforeCall {
        void seen(Method method, Object[] args);
    }

    private interface AfterCall {
        Object wrap(Object result);
    }

    private static <T> T proxy(Class<T> type, T target, BeforeCall before, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            before.seen(method, args);
            try {
                return after.wrap(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }
}
