package vn.ktgs.discipline;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.Drafting;
import vn.ktgs.document.Letterhead;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;
import vn.ktgs.document.OfficialDocument;
import vn.ktgs.document.StepFacts;
import vn.ktgs.document.Wording;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;

/** The discipline decision and the minutes of its announcement (discipline-review's announcement step). */
@Component
class DisciplineDocuments implements DocumentTemplates {

    static final Wording WORDING = new Wording("thi hành kỷ luật", "", "bản tự kiểm điểm");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DisciplineReviews reviews;
    private final OrganizationService organizations;
    private final Letterhead letterhead;

    DisciplineDocuments(DisciplineReviews reviews, OrganizationService organizations, Letterhead letterhead) {
        this.reviews = reviews;
        this.organizations = organizations;
        this.letterhead = letterhead;
    }

    /** The announcement step drafts the decision (its typed number) and the minutes of the announcement. */
    @Override
    public List<DocumentTemplate> templates() {
        String key = DisciplineReviewProcess.KEY;
        return List.of(
                new DocumentTemplate(key, DisciplineReviewProcess.TASK_ANNOUNCE, DocumentKind.DISCIPLINE_DECISION, WORDING, always(),
                        this::decision),
                new DocumentTemplate(key, DisciplineReviewProcess.TASK_ANNOUNCE, DocumentKind.DISCIPLINE_MINUTES, WORDING, always(),
                        this::minutes));
    }

    /**
     * A cell decides within its authority and issues the decision itself: a cell has no inspection committee, so its
     * decision and the minutes of its announcement carry the cell's letterhead and are signed "T/M CHI BỘ", "BÍ THƯ"
     * (as a cell's conclusion notice, Letterhead). A committee's decision keeps the owning committee's facts.
     */
    private StepFacts asDecidingBody(StepFacts f, Organization body) {
        if (body.getLevel() != OrgLevel.CELL) {
            return f;
        }
        return f.issuedBy(letterhead.of(body.getId()));
    }

    OfficialDocument decision(StepFacts committeeFacts) {
        DisciplineReview r = review(committeeFacts);
        Organization body = organizations.byId(r.getDecidingOrgId());
        boolean cell = body.getLevel() == OrgLevel.CELL;
        StepFacts f = asDecidingBody(committeeFacts, body);
        String subject = f.caseFile().getSubjectName();
        String form = formName(r);
        List<Block> body1 = new ArrayList<>();
        body1.add(italic("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
        body1.add(italic("Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, "
                + "giám sát và kỷ luật của Đảng;"));
        body1.add(italic("Xét bản tự kiểm điểm và kết quả bỏ phiếu kín của " + body.getName() + ": " + r.getOutcomeText()));
        body1.add(centred("QUYẾT ĐỊNH:"));
        body1.add(text("Điều 1. Thi hành kỷ luật bằng hình thức " + form + " đối với " + subject + " về các vi phạm sau:"));
        for (DisciplineViolation v : reviews.violationsOf(r.getId())) {
            body1.add(text(v.getSeq() + ". " + v.getDescription() + " (từ ngày " + DMY.format(v.getStartedOn())
                    + (v.getEndedOn() != null ? " đến ngày " + DMY.format(v.getEndedOn()) : v.isOngoing() ? ", còn tiếp diễn" : "") + ")."));
        }
        body1.add(text("Điều 2. Quyết định có hiệu lực " + (cell
                ? "kể từ ngày chi bộ công bố." : "kể từ ngày ký.") + " Trong thời hạn quy định kể từ ngày nhận quyết định, "
                + "nếu không đồng ý, đối tượng có quyền khiếu nại lên cấp trên."));
        body1.add(text("Điều 3. " + Drafting.capitalise(subject) + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."));
        return Drafting.document(f, "QUYẾT ĐỊNH", "thi hành kỷ luật đối với " + subject, body1,
                List.of("- Như Điều 3,", cell ? "- Cấp ủy cấp trên, Ủy ban Kiểm tra cấp trên (để báo cáo)," : "- Cấp ủy quản lý đảng viên (để báo cáo),",
                        Drafting.filedIn(f)), Drafting.COMMITTEE_SIGNS);
    }

    OfficialDocument minutes(StepFacts committeeFacts) {
        DisciplineReview r = review(committeeFacts);
        Organization decidedBy = organizations.byId(r.getDecidingOrgId());
        boolean cell = decidedBy.getLevel() == OrgLevel.CELL;
        StepFacts f = asDecidingBody(committeeFacts, decidedBy);
        String subject = f.caseFile().getSubjectName();
        LocalDate announced = f.date("announcedOn");
        List<Block> body = new ArrayList<>();
        body.add(text("Hôm nay, ngày " + (announced == null ? "" : DMY.format(announced)) + ", tiến hành công bố Quyết định số "
                + f.text("decisionNumber") + " ngày " + (f.date("decisionDate") == null ? "" : DMY.format(f.date("decisionDate")))
                + " về việc thi hành kỷ luật bằng hình thức " + formName(r) + " đối với " + subject + "."));
        body.add(text(Boolean.TRUE.equals(f.values().get("refusedToReceive")) || "true".equals(String.valueOf(f.values().get("refusedToReceive")))
                ? "Đối tượng từ chối nhận quyết định. Việc từ chối được ghi vào biên bản này; quyết định vẫn có hiệu lực thi hành."
                : "Đối tượng đã nhận quyết định."));
        Drafting.lines(f.text("notes")).forEach(line -> body.add(text(line)));
        body.add(text("Biên bản lập xong hồi giờ cùng ngày, đã đọc lại cho những người có mặt cùng nghe."));
        // a cell announces its decision at its own meeting, where the secretary signs for the cell
        return Drafting.document(f, "BIÊN BẢN", "công bố quyết định kỷ luật đối với " + subject, body,
                List.of(Drafting.filedIn(f)), cell ? Drafting.COMMITTEE_SIGNS : new Signature("NGƯỜI CÔNG BỐ", "", ""));
    }

    private DisciplineReview review(StepFacts f) {
        return reviews.ofCase(f.caseFile().getId())
                .orElseThrow(() -> new IllegalStateException("no discipline review in case " + f.caseFile().getId()));
    }

    private static String formName(DisciplineReview r) {
        return switch (r.getOutcomeForm()) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case REMOVAL_FROM_POST -> "cách chức";
            case EXPULSION -> "khai trừ";
            case DISSOLUTION -> "giải tán";
        };
    }
}
