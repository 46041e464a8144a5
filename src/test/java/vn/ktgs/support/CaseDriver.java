package vn.ktgs.support;

import java.time.*;
import java.util.*;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.inspection.InspectionService;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskWorkService;

/** Drives cases the way users do: through the same services the views call. */
@TestComponent
public class CaseDriver {

    private final InspectionService inspections;
    private final TaskWorkService work;
    private final InboxService inbox;
    private final UserDirectory users;
    private final ManagementService management;
    private final CaseService cases;
    private final OrganizationService organizations;
    private final RuntimeService runtime;

    CaseDriver(InspectionService inspections, TaskWorkService work, InboxService inbox, UserDirectory users,
               ManagementService management, CaseService cases, OrganizationService organizations, RuntimeService runtime) {
        this.inspections = inspections;
        this.work = work;
        this.inbox = inbox;
        this.users = users;
        this.management = management;
        this.cases = cases;
        this.organizations = organizations;
        this.runtime = runtime;
    }

    public KtgsUser user(String username) {
        return users.loadUserByUsername(username);
    }

    public CaseFile proposeOrgInspection(String username, String subjectOrgCode) {
        return proposeOrgInspection(user(username), subjectOrgCode);
    }

    /** The province committee's (T01) proposals name their team from its demo people; others propose none. */
    public CaseFile proposeOrgInspection(KtgsUser user, String subjectOrgCode) {
        Map<String, Object> values = proposal(subjectOrgCode);
        if (user.proposingCommittee().filter(g -> g.orgCode().equals("T01")).isPresent()) {
            values.put("proposedTeam", List.of("kiemtra1", "kiemtra2"));
        }
        return inspections.propose(user, values);
    }

    /**
     * Opens a case and starts a programme's inspection the way an annual-programme item does (the start contract of
     * PlannedInspectionProcess: business key = case number; caseId, committeeOrg, subjectOrg, lead, programmeItemId).
     */
    public CaseFile startPlannedInspection(String processKey, String numberPrefix, String committeeOrg, String subjectOrg,
                                           String lead, String title) {
        Organization committee = organizations.byCode(committeeOrg);
        Organization subject = organizations.byCode(subjectOrg);
        CaseFile opened = cases.open(new CaseFile(processKey, title, "Nội dung theo chương trình kiểm tra năm.",
                committee.getId(), committee.getPath(), subject.getId(), null, subject.getName(), subject.getPath(),
                null, null, lead == null ? "chunhiem" : lead, ClockUtil.getCurrentTime().toInstant()), numberPrefix);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, opened.getId());
        variables.put(CaseVariables.COMMITTEE_ORG, committeeOrg);
        variables.put(CaseVariables.SUBJECT_ORG, subjectOrg);
        variables.put("lead", lead);
        variables.put("programmeItemId", 4242L);
        cases.linkProcess(opened.getId(), runtime.startProcessInstanceByKey(processKey, opened.getCaseNumber(), variables).getId());
        return cases.get(opened.getId());
    }

    public static Map<String, Object> proposal(String subjectOrgCode) {
        Map<String, Object> values = new HashMap<>();
        values.put("subjectKind", "ORGANIZATION");
        values.put("subjectOrg", subjectOrgCode);
        values.put("title", "Kiểm tra dấu hiệu vi phạm trong quản lý tài chính");
        values.put("content", "Có dấu hiệu vi phạm trong quản lý, sử dụng kinh phí hoạt động năm 2025.");
        values.put("source", "REGULAR_SUPERVISION");
        return values;
    }

    /** The case's timeline as stored: one event per completed step. */
    public List<CaseEvent> timeline(long caseId) {
        return cases.timeline(caseId);
    }

    public List<InboxTask> openTasks(long caseId) {
        return inbox.openTasksOfCase(caseId);
    }

    public InboxTask openTask(long caseId, String taskKey) {
        return openTasks(caseId).stream().filter(t -> t.getTaskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + taskKey + " in case " + caseId + ": " + openTasks(caseId)
                        .stream().map(InboxTask::getTaskKey).toList()));
    }

    public void complete(String username, long caseId, String taskKey, Map<String, Object> values) {
        complete(user(username), caseId, taskKey, values);
    }

    public void claim(String username, long caseId, String taskKey) {
        work.claim(user(username), openTask(caseId, taskKey).getTaskId());
    }

    /** As a signed-in user does: the user was loaded once, at sign-in. */
    public void complete(KtgsUser user, long caseId, String taskKey, Map<String, Object> values) {
        work.complete(user, openTask(caseId, taskKey).getTaskId(), values);
    }

    public static Map<String, Object> values(Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    /** Sets the engine's clock (and so KTGS's) to a local date and time in Vietnam. */
    public static void clockAt(LocalDateTime vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(VietnamTime.ZONE).toInstant()));
    }

    public static LocalDate today() {
        return VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant());
    }

    /**
     * Fires the reminder-sweep timer now (tests move the clock in any direction, so its due date is not
     * waited for), then runs the asynchronous sweep job it creates, as the job executor would.
     */
    public void runReminderSweep() {
        for (Job timer : management.createJobQuery().processDefinitionKey("reminder-sweep").timers().list()) {
            management.executeJob(timer.getId());
        }
        for (Job job : management.createJobQuery().processDefinitionKey("reminder-sweep").messages().list()) {
            management.executeJob(job.getId());
        }
    }
}
