package vn.ktgs.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.StandardDrafts;
import vn.ktgs.document.Wording;
import vn.ktgs.remediation.NoticeDrafts;

/** A thematic supervision drafts as a planned inspection does: decision, plan and outline at the plan step, then its notice. */
@Component
class SupervisionDocuments implements DocumentTemplates {

    static final Wording THEMATIC = new Wording("giám sát", "chuyên đề", "báo cáo");

    private final StandardDrafts standard;
    private final NoticeDrafts notices;

    SupervisionDocuments(StandardDrafts standard, NoticeDrafts notices) {
        this.standard = standard;
        this.notices = notices;
    }

    @Override
    public List<DocumentTemplate> templates() {
        return standard.planned(SupervisionProcess.KEY, THEMATIC, SupervisionProcess.TASK_SET_PLAN, SupervisionProcess.TASK_NOTICE,
                notices::notice);
    }
}
