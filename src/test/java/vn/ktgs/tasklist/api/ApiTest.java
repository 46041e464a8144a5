package vn.ktgs.tasklist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The API over real HTTP: scoped as the pages, the same search, errors as problem+json, races with one winner. */
@IntegrationTest
class ApiTest {

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept-Language", "vi");
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_inbox_is_searched_scoped_and_worked_over_http() throws Exception {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B25");
        String q = URLEncoder.encode("duyet de xuat " + c.getCaseNumber(), StandardCharsets.UTF_8);
        HttpResponse<String> found = call("GET", "/api/v1/tasks?q=" + q, "chunhiem", null);
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(found.body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode task = page.get("items").get(0);
        assertThat(task.get("caseNumber").asText()).isEqualTo(c.getCaseNumber());
        assertThat(task.get("stepKey").asText()).isEqualTo(InspectionProcess.TASK_APPROVE);
        // another committee's inspector does not see it, nor its case
        assertThat(json.readTree(call("GET", "/api/v1/tasks?q=" + q, "xa.kiemtra", null).body()).get("total").asLong()).isZero();
        HttpResponse<String> hidden = call("GET", "/api/v1/cases/" + c.getId(), "xa.kiemtra", null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call("GET", "/api/v1/cases/" + c.getId(), "kiemtra2", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/tasks", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/tasks?scope=EVERYONE", "chunhiem", null).statusCode()).isEqualTo(400);
    }

    @Test
    void a_race_for_a_task_has_one_winner_and_bad_input_says_which_field() throws Exception {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B26");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", List.of("kiemtra1"), "reportDueDate", CaseDriver.today().plusDays(15)));
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId();
        assertThat(call("POST", "/api/v1/tasks/" + taskId + "/claim", "kiemtra1", null).statusCode()).isEqualTo(204);
        HttpResponse<String> lost = call("POST", "/api/v1/tasks/" + taskId + "/claim", "kiemtra2", null);
        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.body()).contains("\"status\"");

        HttpResponse<String> noReason = call("PUT", "/api/v1/tasks/" + taskId + "/assignee", "chunhiem", "{\"assignee\":\"kiemtra2\",\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(noReason.body()).get("errors");
        assertThat(errors.get(0).get("field").asText()).isEqualTo("reason");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("Bắt buộc nhập.");
        assertThat(call("PUT", "/api/v1/tasks/" + taskId + "/assignee", "chunhiem", "{\"assignee\":\"kiemtra2\",\"reason\":\"Nghỉ phép\"}")
                .statusCode()).isEqualTo(204);
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getAssignee()).isEqualTo("kiemtra2");
        assertThat(call("PUT", "/api/v1/tasks/" + taskId + "/assignee", "kiemtra1", "{\"assignee\":\"kiemtra1\",\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_is_described_in_openapi() throws Exception {
        HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/tasks", "/api/v1/cases/{id}", "/api/v1/tasks/{id}/assignee").doesNotContain("engine-rest");
    }
}
