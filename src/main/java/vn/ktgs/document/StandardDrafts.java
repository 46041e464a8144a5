package vn.ktgs.document;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.DocumentTemplate.filled;
import static vn.ktgs.document.Drafting.*;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.UserDirectory;

/**
 * The documents every inspection-like procedure issues, worded by its {@link Wording}: the decision, the plan and the
 * outline of the subject's report. Features compose their templates from these ({@link #planned}).
 */
@Component
public class StandardDrafts {

    private final UserDirectory users;

    StandardDrafts(UserDirectory users) {
        this.users = users;
    }

    /**
     * A planned procedure (a programme item) has no approval step: the team lead's plan step carries the decision number
     * typed from the signed decision, so the decision is drafted there with the plan and the outline; the notice step
     * drafts the conclusion notice.
     */
    public List<DocumentTemplate> planned(String processKey, Wording wording, String planStep, String noticeStep,
                                          DocumentTemplate.Drafter notice) {
        return List.of(
                new DocumentTemplate(processKey, planStep, DocumentKind.DECISION, wording, always(), this::decision),
                new DocumentTemplate(processKey, planStep, DocumentKind.PLAN, wording, always(), this::plan),
                new DocumentTemplate(processKey, planStep, DocumentKind.REPORT_OUTLINE, wording, filled("outline"), this::outline),
                new DocumentTemplate(processKey, noticeStep, DocumentKind.CONCLUSION_NOTICE, wording, always(), notice));
    }

    public OfficialDocument decision(StepFacts f) {
        Wording w = f.wording();
        String subject = f.caseFile().getSubjectName();
        List<Block> body = new ArrayList<>();
        body.add(italic("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
        body.add(italic("Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, "
                + "giám sát và kỷ luật của Đảng;"));
        body.add(italic("Xét đề nghị của đồng chí " + fullName(f.caseFile().getProposedBy()) + ","));
        body.add(centred("QUYẾT ĐỊNH:"));
        body.add(text("Điều 1. " + capitalise(w.activity()) + " " + w.description() + " đối với " + subject + ". Nội dung "
                + w.activity() + ": " + f.caseFile().getContent()));
        body.add(text("Điều 2. Thành lập đoàn " + w.activity() + " gồm các đồng chí: " + f.team() + "."));
        body.add(text("Điều 3. Đoàn " + w.activity() + ", " + subject + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
                + "thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký."));
        return document(f, "QUYẾT ĐỊNH", w.activity() + " " + w.description() + " đối với " + subject, body,
                List.of("- Như Điều 3,", "- Thường trực cấp ủy (để báo cáo),", filedIn(f)), COMMITTEE_SIGNS);
    }

    public OfficialDocument plan(StepFacts f) {
        Wording w = f.wording();
        String subject = f.caseFile().getSubjectName();
        String decision = f.earlier(DocumentKind.DECISION);
        List<Block> body = new ArrayList<>();
        body.add(text("Thực hiện Quyết định " + (decision == null ? "" : "số " + decision + " ") + "của Ủy ban Kiểm tra về việc "
                + w.activity() + " " + w.description() + " đối với " + subject + ", Ủy ban Kiểm tra ban hành Kế hoạch "
                + w.activity() + " như sau:"));
        body.add(heading("1. Đối tượng, nội dung " + w.activity()));
        body.add(text(subject + ": " + f.caseFile().getContent()));
        body.add(heading("2. Phương pháp, thời gian tiến hành"));
        lines(f.text("plan")).forEach(line -> body.add(text(line)));
        body.add(heading("3. Thành phần đoàn " + w.activity()));
        body.add(text(f.team()));
        body.add(heading("4. Thời hạn"));
        LocalDate due = f.date("reportDueDate");
        body.add(text(capitalise(subject) + " gửi " + w.subjectReport() + " đến đoàn " + w.activity()
                + (due == null ? "." : " trước 17 giờ ngày " + DMY.format(due) + ".")));
        body.add(heading("5. Tổ chức thực hiện"));
        body.add(text("Đoàn " + w.activity() + " xây dựng đề cương gợi ý " + w.subjectReport() + ", lịch làm việc, phân công "
                + "nhiệm vụ các thành viên và báo cáo kết quả với Ủy ban Kiểm tra."));
        return document(f, "KẾ HOẠCH " + upper(w.activity()), w.description() + " đối với " + subject, body,
                List.of("- " + subject + " (để thực hiện),", "- Đoàn " + w.activity() + ",", filedIn(f)), COMMITTEE_SIGNS);
    }

    public OfficialDocument outline(StepFacts f) {
        Wording w = f.wording();
        String plan = f.earlier(DocumentKind.PLAN);
        List<Block> body = new ArrayList<>();
        body.add(text("Đối tượng " + w.activity() + ": " + f.caseFile().getSubjectName() + "."));
        LocalDate due = f.date("reportDueDate");
        if (due != null) {
            body.add(text("Hạn gửi " + w.subjectReport() + ": trước 17 giờ ngày " + DMY.format(due) + "."));
        }
        body.add(heading("Nội dung gợi ý"));
        lines(f.text("outline")).forEach(line -> body.add(text(line)));
        return document(f, "ĐỀ CƯƠNG GỢI Ý " + upper(w.subjectReport()),
                "(Kèm theo Kế hoạch " + (plan == null ? "" : "số " + plan + " ") + "của Ủy ban Kiểm tra)", body,
                List.of("- " + f.caseFile().getSubjectName() + ",", filedIn(f)),
                new Signature("T/M ĐOÀN " + upper(w.activity()), "TRƯỞNG ĐOÀN", ""));
    }

    private String fullName(String username) {
        return users.find(username).map(AppUser::getFullName).orElse(username);
    }
}
