package vn.ktgs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.support.IntegrationTest;

/** The seeded rule table holds procedures.md §2, and the most specific rule wins. */
@IntegrationTest
class DeadlineRulesTest {

    @Autowired DeadlineService deadlines;
    @Autowired RepositoryService repository;

    private String limit(String process, String step, OrgLevel level) {
        return deadlines.ruleFor(process, step, level).map(r -> r.getAmount() + " " + r.getUnit()).orElse("none");
    }

    @Test
    void thematic_supervision_depends_on_the_level() {
        assertThat(limit("supervision-thematic", null, OrgLevel.CENTRAL)).isEqualTo("45 WORKING_DAYS");
        assertThat(limit("supervision-thematic", null, OrgLevel.PROVINCE)).isEqualTo("30 WORKING_DAYS");
        assertThat(limit("supervision-thematic", null, OrgLevel.COMMUNE)).isEqualTo("25 WORKING_DAYS");
        assertThat(limit("supervision-thematic", null, OrgLevel.BASE)).isEqualTo("20 WORKING_DAYS");
    }

    @Test
    void complaints_and_denunciations_have_central_and_lower_limits() {
        assertThat(limit("discipline-complaint", null, OrgLevel.CENTRAL)).isEqualTo("180 WORKING_DAYS");
        assertThat(limit("discipline-complaint", null, OrgLevel.COMMUNE)).isEqualTo("90 WORKING_DAYS");
        assertThat(limit("denunciation", null, OrgLevel.PROVINCE)).isEqualTo("90 CALENDAR_DAYS");
        assertThat(limit("denunciation", null, OrgLevel.CENTRAL)).isEqualTo("180 CALENDAR_DAYS");
    }

    @Test
    void every_step_of_the_inspection_has_a_rule_and_unknown_processes_have_none() {
        for (String step : new String[] {"Task_ApproveProposal", "Task_SetPlan", "Task_SubmitSubjectReport", "Task_Verify",
            "Task_DraftResultReport", "Task_RecordConclusion", "Task_IssueConclusionNotice"}) {
            assertThat(limit("inspection-violation", step, OrgLevel.PROVINCE)).as(step).endsWith("WORKING_DAYS");
        }
        assertThat(limit("no-such-process", null, OrgLevel.PROVINCE)).isEqualTo("none");
    }

    @Test
    void statutes_of_limitation_and_the_state_discipline_notice_are_rules_too() {
        assertThat(limit("statute-of-limitations", "MEMBER_REPRIMAND", null)).isEqualTo("5 YEARS");
        assertThat(limit("statute-of-limitations", "MEMBER_WARNING", null)).isEqualTo("10 YEARS");
        assertThat(limit("statute-of-limitations", "MEMBER_REMOVAL", null)).isEqualTo("10 YEARS");
        assertThat(limit("statute-of-limitations", "ORG_REPRIMAND", null)).isEqualTo("5 YEARS");
        assertThat(limit("statute-of-limitations", "ORG_WARNING", null)).isEqualTo("10 YEARS");
        assertThat(limit("state-discipline-notice", null, OrgLevel.BASE)).isEqualTo("5 CALENDAR_DAYS");
        assertThat(limit("suspension", null, null)).isEqualTo("90 CALENDAR_DAYS");
        assertThat(limit("discipline-appeal-window", null, null)).isEqualTo("30 CALENDAR_DAYS");
    }

    @Test
    void every_seeded_rule_yields_a_deadline_after_its_start_and_a_sane_extension_policy() {
        java.time.Instant start = java.time.LocalDateTime.of(2026, 2, 13, 10, 0).atZone(VietnamTime.ZONE).toInstant();
        assertThat(deadlines.allRules()).hasSizeGreaterThanOrEqualTo(27).allSatisfy(rule -> {
            assertThat(deadlines.dueDate(rule, start)).as(rule.toString()).isAfter(start);
            assertThat(DeadlineRuleEditor.validate(new DeadlineRuleEditor.Change(rule.getAmount(), rule.getUnit(),
                    rule.getStartsFrom(), rule.getMaxExtensions(), rule.getExtensionMaxDays(), rule.getExtensionDivisor())))
                    .as(rule.toString()).isEmpty();
        });
    }

    /**
     * A step without a due date never shows as late and is never chased: every user step of every deployed process
     * gets one, from the model (a date the user chose, a case deadline) or from a rule at every level.
     */
    @Test
    void every_step_of_every_process_has_a_due_date() {
        List<String> without = new ArrayList<>();
        for (var definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                if (task.getCamundaDueDate() != null || caseDeadlineSetsIt(definition.getKey())) {
                    continue;
                }
                for (OrgLevel level : OrgLevel.values()) {
                    if (deadlines.ruleFor(definition.getKey(), task.getId(), level).isEmpty()) {
                        without.add(definition.getKey() + "/" + task.getId() + " at " + level);
                    }
                }
            }
        }
        assertThat(without).isEmpty();
    }

    /** The denunciation's steps are all due on the case's deadline (DenunciationDeadlineListener). */
    private static boolean caseDeadlineSetsIt(String processKey) {
        return processKey.equals("denunciation");
    }
}
