package vn.ktgs.document;

import static vn.ktgs.document.OfficialDocument.Block.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.discipline.DisciplineReview;
import vn.ktgs.discipline.DisciplineReviews;
import vn.ktgs.discipline.DisciplineViolation;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;

/** The discipline decision and the minutes of its announcement (discipline-review's announcement step). */
@Component
class DisciplineDrafts {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DisciplineReviews reviews;
    private final OrganizationService organizations;

    DisciplineDrafts(DisciplineReviews reviews, OrganizationService organizations) {
        this.reviews = reviews;
        this.organizations = organizations;
    }

    OfficialDocument decision(StepFacts f) {
        DisciplineReview r = review(f);
        Organization body = organizations.byId(r.getDecidingOrgId());
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
        body1.add(text("Điều 2. Quyết định có hiệu lực " + (body.getLevel() == vn.ktgs.organization.OrgLevel.CELL
                ? "kể từ ngày chi bộ công bố." : "kể từ ngày ký.") + " Trong thời hạn quy định kể từ ngày nhận quyết định, "
                + "nếu không đồng ý, đối tượng có quyền khiếu nại lên cấp trên."));
        body1.add(text("Điều 3. " + capitalise(subject) + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."));
        return Drafts.document(f, "QUYẾT ĐỊNH", "thi hành kỷ luật đối với " + subject, body1,
                List.of("- Như Điều 3,", "- Cấp ủy quản lý đảng viên (để báo cáo),", Drafts.filedIn(f)), Drafts.COMMITTEE_SIGNS);
    }

    OfficialDocument minutes(StepFacts f) {
        DisciplineReview r = review(f);
        String subject = f.caseFile().getSubjectName();
        LocalDate announced = f.date("announcedOn");
        List<Block> body = new ArrayList<>();
        body.add(text("Hôm nay, ngày " + (announced == null ? "" : DMY.format(announced)) + ", tiến hành công bố Quyết định số "
                + f.text("decisionNumber") + " ngày " + (f.date("decisionDate") == null ? "" : DMY.format(f.date("decisionDate")))
                + " về việc thi hành kỷ luật bằng hình thức " + formName(r) + " đối với " + subject + "."));
        body.add(text(Boolean.TRUE.equals(f.values().get("refusedToReceive")) || "true".equals(String.valueOf(f.values().get("refusedToReceive")))
                ? "Đối tượng từ chối nhận quyết định. Việc từ chối được ghi vào biên bản này; quyết định vẫn có hiệu lực thi hành."
                : "Đối tượng đã nhận quyết định."));
        Drafts.lines(f.text("notes")).forEach(line -> body.add(text(line)));
        body.add(text("Biên bản lập xong hồi giờ cùng ngày, đã đọc lại cho những người có mặt cùng nghe."));
        return Drafts.document(f, "BIÊN BẢN", "công bố quyết định kỷ luật đối với " + subject, body,
                List.of(Drafts.filedIn(f)), new Signature("NGƯỜI CÔNG BỐ", "", ""));
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

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Letterhead.VIETNAMESE) + s.substring(1);
    }
}
