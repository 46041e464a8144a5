package vn.ktgs.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.support.IntegrationTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Operators' doors: health is open, Camunda's REST API is for administrators over HTTP Basic. */
@IntegrationTest
class SecurityTest {

    @Autowired TestRestTemplate http;

    @Test
    void health_is_up_without_a_login() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void engine_rest_needs_an_administrator() {
        ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(anonymous.getStatusCode()).as(String.valueOf(anonymous.getBody())).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("kiemtra1", "demo").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "wrong").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> definitions = http.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/process-definition?key=inspection-violation", String.class);
        assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(definitions.getBody()).contains("inspection-violation");
    }

    @Test
    void cockpit_is_closed_to_anonymous_users() {
        ResponseEntity<String> cockpit = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(cockpit.getStatusCode().is2xxSuccessful() && cockpit.getBody() != null
                && cockpit.getBody().contains("cockpit")).isFalse();
    }
}
