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

    @Test
    void an_administrator_signed_in_to_ktgs_is_signed_in_to_cockpit_and_nobody_else_is() {
        String admin = login("admin");
        assertThat(get("/camunda/app/cockpit/default/", admin).statusCode()).isEqualTo(200);
        assertThat(get("/camunda/api/engine/engine/default/process-definition/count", admin).body()).contains("count");
        assertThat(get("/camunda/api/admin/auth/user/default/", admin).body()).contains("\"userId\":\"admin\"");
        assertThat(get("/camunda/api/admin/auth/user/default/", login("kiemtra1")).statusCode()).isEqualTo(403);
    }

    /** Signs in through the login form, as a browser would, and returns the session cookie. */
    private String login(String username) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            // the session is renewed on login: the last cookie is the signed-in one
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                    .reduce((first, second) -> second).orElseThrow().split(";")[0];
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.net.http.HttpResponse<String> get(String path, String cookie) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(http.getRootUri() + path)).header("Cookie", cookie).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
