package org.rightsdesk.storage;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the connection pool for the configured engine and teaches Spring to translate SQLite's
 * error codes, so repositories see the same exceptions on both engines.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

    @Bean
    DataSource dataSource(StorageSettings settings, @Value("${rightsdesk.db.pool-size:0}") int poolSize,
                          @Value("${rightsdesk.db.connection-timeout:PT30S}") Duration connectionTimeout) {
        DatabaseLocation location = settings.database();
        HikariConfig config = new HikariConfig();
        config.setPoolName("rightsdesk");
        config.setJdbcUrl(location.jdbcUrl());
        if (location.username() != null) {
            config.setUsername(location.username());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        // SQLite has one writer; a small pool avoids lock contention and file handles. Code must never ask for a
        // second connection while holding one (a query inside another's row callback): enough concurrent requests
        // doing that hold the whole pool and wait for each other. Tests can run with a pool of one to find such code.
        config.setMaximumPoolSize(poolSize > 0 ? poolSize : location.engine() == DatabaseLocation.Engine.SQLITE ? 4 : 10);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }

    @Bean
    static BeanPostProcessor sqliteExceptionTranslation() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcTemplate template) {
                    template.setExceptionTranslator(new SqliteExceptionTranslator(template.getExceptionTranslator()));
                }
                return bean;
            }
        };
    }

    @Bean
    DatabaseInfo databaseInfo(StorageSettings settings) {
        return new DatabaseInfo(settings.database().engine(), settings.database().description());
    }
}
