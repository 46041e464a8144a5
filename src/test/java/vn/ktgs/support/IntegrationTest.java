package vn.ktgs.support;

import java.lang.annotation.*;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application against a real database: H2 in the default run, the local MariaDB
 * in the MySQL suite (the same tests, profile "mysql"). Tests must not assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
@Import(CaseDriver.class)
public @interface IntegrationTest {
}
