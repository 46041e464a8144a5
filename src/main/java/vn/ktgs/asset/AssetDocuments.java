package vn.ktgs.asset;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.DocumentTemplate.approved;
import static vn.ktgs.document.Drafting.*;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument;
import vn.ktgs.document.StandardDrafts;
import vn.ktgs.document.StepFacts;
import vn.ktgs.document.Wording;

/** Asset verification: the standing members' decision, then the letter asking the declarant to explain. */
@Component
class AssetDocuments implements DocumentTemplates {

    static final Wording VERIFICATION = new Wording("xác minh", "tài sản, thu nhập", "bản giải trình");

    private final StandardDrafts standard;

    AssetDocuments(StandardDrafts standard) {
        this.standard = standard;
    }

    @Override
    public List<DocumentTemplate> templates() {
        String key = AssetVerificationProcess.KEY;
        return List.of(
                new DocumentTemplate(key, AssetVerificationProcess.TASK_APPROVE, DocumentKind.DECISION, VERIFICATION, approved(),
                        standard::decision),
                new DocumentTemplate(key, AssetVerificationProcess.TASK_REQUEST_EXPLANATION, DocumentKind.EXPLANATION_REQUEST,
                        VERIFICATION, always(), this::explanationRequest));
    }

    /** Asset verification: the committee asks the declarant to explain, by a date (procedures.md §1i). */
    OfficialDocument explanationRequest(StepFacts f) {
        String subject = f.caseFile().getSubjectName();
        String decision = f.earlier(DocumentKind.DECISION);
        LocalDate due = f.date("explanationDueDate");
        List<Block> body = new ArrayList<>();
        body.add(text("Thực hiện Quyết định " + (decision == null ? "" : "số " + decision + " ") + "của Ủy ban Kiểm tra về việc "
                + "xác minh tài sản, thu nhập đối với đồng chí " + subject + ", Ủy ban Kiểm tra đề nghị đồng chí giải trình "
                + "các nội dung sau:"));
        lines(f.text("questions")).forEach(line -> body.add(text(line)));
        body.add(text("Bản giải trình (kèm tài liệu chứng minh nguồn gốc tài sản, thu nhập tăng thêm) gửi về Ủy ban Kiểm tra"
                + (due == null ? "." : " trước 17 giờ ngày " + DMY.format(due) + ".")));
        return document(f, "CÔNG VĂN", "V/v giải trình về tài sản, thu nhập", body,
                List.of("- Đồng chí " + subject + ",", filedIn(f)), COMMITTEE_SIGNS);
    }
}
