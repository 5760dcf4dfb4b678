package org.rightsdesk.storage;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
    DataSource dataSource(StorageSettings settings) {
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
        // SQLite has one writer; a small pool avoids lock contention and file handles.
        config.setMaximumPoolSize(location.engine() == DatabaseLocation.Engine.SQLITE ? 4 : 10);
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
