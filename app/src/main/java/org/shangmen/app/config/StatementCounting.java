package org.shangmen.app.config;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the platform sends, by kind, and the commits and rollbacks it asks for, as
 * {@code shangmen.jdbc.statements} and {@code shangmen.jdbc.transactions} on the metrics endpoint. Off
 * unless {@code shangmen.jdbc.count-statements=true}: the load driver in {@code benchmarks/} reads the
 * counters before and after a run to report statements per booking loop.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shangmen.jdbc.count-statements", havingValue = "true")
class StatementCounting {

    private static final Map<String, LongAdder> STATEMENTS = Map.of("select", new LongAdder(), "insert", new LongAdder(),
            "update", new LongAdder(), "delete", new LongAdder(), "other", new LongAdder(), "batch", new LongAdder());
    private static final Map<String, LongAdder> TRANSACTIONS = Map.of("commit", new LongAdder(), "rollback", new LongAdder());

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Counted) ? new Counted(ds) : bean;
            }
        };
    }

    @Bean
    MeterBinder statementCounters() {
        return (MeterRegistry registry) -> {
            STATEMENTS.forEach((kind, count) -> FunctionCounter.builder("shangmen.jdbc.statements", count, LongAdder::sum)
                    .tag("kind", kind).description("SQL statements sent; a batch counts once as batch").register(registry));
            TRANSACTIONS.forEach((outcome, count) -> FunctionCounter.builder("shangmen.jdbc.transactions", count, LongAdder::sum)
                    .tag("outcome", outcome).description("explicit commits and rollbacks").register(registry));
        };
    }

    /** Still unwraps to the pool, so the pool's own metrics and health stay as they are. */
    static final class Counted extends DelegatingDataSource {

        Counted(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    static String kind(String sql) {
        String head = sql == null ? "" : sql.stripLeading();
        int end = 0;
        while (end < head.length() && Character.isLetter(head.charAt(end))) {
            end++;
        }
        String word = head.substring(0, end).toLowerCase(Locale.ROOT);
        return switch (word) {
            case "select", "with" -> "select";
            case "insert", "merge" -> "insert";
            case "update" -> "update";
            case "delete" -> "delete";
            default -> "other";
        };
    }

    private static Connection connection(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if ("commit".equals(name) || "rollback".equals(name) && (args == null || args.length == 0)) {
                TRANSACTIONS.get(name).increment();
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && name.startsWith("prepare") || result instanceof Statement && "createStatement".equals(name)) {
                return statement((Statement) result, args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Statement statement(Statement target, String preparedSql) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
                STATEMENTS.get("batch").increment();
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                STATEMENTS.get(kind(sql)).increment();
            }
            return invoke(target, method, args);
        };
        return (Statement) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
