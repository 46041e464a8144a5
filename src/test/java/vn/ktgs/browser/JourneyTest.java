package vn.ktgs.browser;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.ktgs.support.CaseDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in Debian's headless Chromium against the whole application on a random port: one browser per test,
 * closed after it (with a screenshot named after the test, see {@link Browser#quit}); the engine's clock is reset for
 * journeys that move it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CaseDriver.class) // journeys that set their scene through the services, as the integration tests do
abstract class JourneyTest {

    @LocalServerPort int port;
    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws Exception {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit(test.getTestMethod().orElseThrow().getName());
        }
    }
}
