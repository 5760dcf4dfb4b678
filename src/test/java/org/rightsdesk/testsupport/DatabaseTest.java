package org.rightsdesk.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of code that talks to the database. Runs on SQLite in every build and again on
 * PostgreSQL when RIGHTSDESK_TEST_PG_URL is set (the surefire execution "db-postgresql").
 * All such tests share one application context (with MockMvc), so keep data unique per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
public @interface DatabaseTest {
}
