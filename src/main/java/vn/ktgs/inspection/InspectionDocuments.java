package vn.ktgs.inspection;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.DocumentTemplate.filled;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.StandardDrafts;
import vn.ktgs.document.Wording;
import vn.ktgs.remediation.NoticeDrafts;

/**
 * The inspections' documents. Every inspection drafts its decision, plan and outline at the plan step, when the team
 * exists (on signs of violation the decision is signed by the standing member who approved it; a planned inspection's
 * decision number is typed from the signed decision). A cell's compliance inspection drafts only its notice, under the cell's letterhead.
 */
@Component
class InspectionDocuments implements DocumentTemplates {

    static final Wording VIOLATION = new Wording("kiểm tra", "khi có dấu hiệu vi phạm", "báo cáo giải trình");
    static final Wording COMPLIANCE = new Wording("kiểm tra", "việc chấp hành", "báo cáo tự kiểm tra");
    static final Wording FINANCE = new Wording("kiểm tra", "tài chính đảng", "báo cáo tự kiểm tra");
    static final Wording DISCIPLINE_WORK = new Wording("kiểm tra",
            "việc thi hành kỷ luật và thực hiện nhiệm vụ kiểm tra, giám sát", "báo cáo tự kiểm tra");

    private final StandardDrafts standard;
    private final NoticeDrafts notices;

    InspectionDocuments(StandardDrafts standard, NoticeDrafts notices) {
        this.standard = standard;
        this.notices = notices;
    }

    @Override
    public List<DocumentTemplate> templates() {
        String key = InspectionProcess.KEY;
        List<DocumentTemplate> all = new ArrayList<>(List.of(
                // drafted with the plan, when the team its Article 2 names exists; signed by who approved (StepFacts.Signer)
                new DocumentTemplate(key, InspectionProcess.TASK_SET_PLAN, DocumentKind.DECISION, VIOLATION, always(), standard::decision),
                new DocumentTemplate(key, InspectionProcess.TASK_SET_PLAN, DocumentKind.PLAN, VIOLATION, always(), standard::plan),
                new DocumentTemplate(key, InspectionProcess.TASK_SET_PLAN, DocumentKind.REPORT_OUTLINE, VIOLATION, filled("outline"),
                        standard::outline),
                new DocumentTemplate(key, InspectionProcess.TASK_NOTICE, DocumentKind.CONCLUSION_NOTICE, VIOLATION, always(),
                        notices::notice)));
        all.addAll(planned(ComplianceInspectionProcess.KEY, COMPLIANCE));
        all.addAll(planned(FinanceInspectionProcess.KEY, FINANCE));
        all.addAll(planned(DisciplineWorkInspectionProcess.KEY, DISCIPLINE_WORK));
        all.add(new DocumentTemplate(ComplianceInspectionProcess.KEY, ComplianceInspectionProcess.TASK_CELL_NOTICE,
                DocumentKind.CONCLUSION_NOTICE, COMPLIANCE, always(), notices::notice));
        return all;
    }

    private List<DocumentTemplate> planned(String processKey, Wording wording) {
        return standard.planned(processKey, wording, InspectionProcess.TASK_SET_PLAN, InspectionProcess.TASK_NOTICE, notices::notice);
    }
}
