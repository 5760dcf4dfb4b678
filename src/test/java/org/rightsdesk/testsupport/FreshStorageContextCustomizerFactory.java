package org.rightsdesk.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context its own data directory and database (SQLite file or
 * PostgreSQL schema, see {@link TestDatabases}), so no test touches ./data or a shared schema.
 * Registered in META-INF/spring.factories.
 */
public class FreshStorageContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new FreshStorage();
    }

    static final class FreshStorage implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path dataDir = TestDatabases.freshDataDir();
            Map<String, Object> props = Map.of(
                    "rightsdesk.data-dir", dataDir.toString(),
                    "rightsdesk.db-url", TestDatabases.freshDatabaseUrl(dataDir));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rightsdesk-test-storage", props));
        }

        // All instances are equal, so Spring's context cache can share one context between classes.
        @Override
        public boolean equals(Object other) {
            return other instanceof FreshStorage;
        }

        @Override
        public int hashCode() {
            return FreshStorage.class.hashCode();
        }
    }
}
