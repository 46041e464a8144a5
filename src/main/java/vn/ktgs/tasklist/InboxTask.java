package vn.ktgs.tasklist;

import vn.ktgs.kernel.TextFold;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.domain.Persistable;

/** The inbox's copy of an open user task (see V5 migration for why it exists). */
@Entity
@Table(name = "inbox_task")
public class InboxTask implements Persistable<String> {

    @Id
    private String taskId;
    private String processInstanceId;
    private Long caseId;
    private String caseNumber;
    private String subjectName;
    private String ownerOrgPath;
    private String processKey;
    private String taskKey;
    private String taskName;
    private String assignee;
    private Instant dueAt;
    /** The day its holder wants it back in view (Camunda's follow-up date), or null. */
    private Instant followUpAt;
    private Instant createdAt;
    private String dueRule;
    private Long dueRuleId;
    /** What tells the task apart from the case's other tasks of the step (TaskDetail), e.g. a requirement. */
    private String detail;
    /** Case number, subject, case title, step and the assignee's name folded for search (TextFold). */
    private String searchText;
    /** The engine's process definition: with the task key it identifies the deployed form (see TaskForms). */
    private String processDefinitionId;
    /** Created by the projection listener and not yet stored: lets save() insert without selecting first. */
    @Transient
    private boolean fresh;
    // one extra query by primary key for a page of rows, not one per row (measured: the per-row fetch tripled
    // the inbox time) and not a sub-select that re-runs the page's query without its limit (measured: 6-12 ms
    // of a 50 ms inbox at 50,000 open tasks)
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "inbox_task_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_id")
    private Set<String> candidateGroups = new LinkedHashSet<>();

    protected InboxTask() {
    }

    InboxTask(String taskId, String processInstanceId, Long caseId, String caseNumber, String subjectName,
              String ownerOrgPath, String processKey, String taskKey, String taskName, Instant createdAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.subjectName = subjectName;
        this.ownerOrgPath = ownerOrgPath;
        this.processKey = processKey;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.createdAt = createdAt;
        this.fresh = true;
    }

    @Override
    public String getId() { return taskId; }

    @Override
    public boolean isNew() { return fresh; }

    @PostPersist
    @PostLoad
    void stored() { this.fresh = false; }

    public String getTaskId() { return taskId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getSubjectName() { return subjectName; }
    public String getOwnerOrgPath() { return ownerOrgPath; }
    public String getProcessKey() { return processKey; }
    public String getTaskKey() { return taskKey; }
    public String getTaskName() { return taskName; }
    public String getAssignee() { return assignee; }
    public Instant getDueAt() { return dueAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getCandidateGroups() { return candidateGroups; }
    public String getDueRule() { return dueRule; }
    public Long getDueRuleId() { return dueRuleId; }
    public String getProcessDefinitionId() { return processDefinitionId; }
    void setProcessDefinitionId(String processDefinitionId) { this.processDefinitionId = processDefinitionId; }

    void setDueRuleId(Long dueRuleId) { this.dueRuleId = dueRuleId; }

    void setDueRule(String dueRule) { this.dueRule = dueRule == null || dueRule.length() <= 300 ? dueRule : dueRule.substring(0, 300); }

    void setAssignee(String assignee) { this.assignee = assignee; }

    /** Folds what the inbox's search finds this task by; the case's title and the assignee's name come from elsewhere. */
    void index(String caseTitle, String assigneeName) {
        this.searchText = TextFold.foldTo(1500, caseNumber, subjectName, caseTitle, taskName, detail, assignee, assigneeName);
    }

    String getSearchText() { return searchText; }
    public String getDetail() { return detail; }
    void setDetail(String detail) { this.detail = detail; }
    void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public Instant getFollowUpAt() { return followUpAt; }
    void setFollowUpAt(Instant followUpAt) { this.followUpAt = followUpAt; }
    void setTaskName(String taskName) { this.taskName = taskName; }
}
