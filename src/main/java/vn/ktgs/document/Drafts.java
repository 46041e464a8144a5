package vn.ktgs.document;

import static vn.ktgs.document.OfficialDocument.Block.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.remediation.ConclusionNotice;
import vn.ktgs.remediation.RemediationRequirement;
import vn.ktgs.remediation.RemediationService;

/** The wording of each kind of document, filled from a step's facts (plain code, no template engine). */
@Component
class Drafts {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COMMITTEE = "ỦY BAN KIỂM TRA";
    static final Signature COMMITTEE_SIGNS = new Signature("T/M " + COMMITTEE, "CHỦ NHIỆM", null);

    private final RemediationService remediation;
    private final UserDirectory users;
    private final ComplaintDrafts complaints;
    private final DisciplineDrafts discipline;
    private final DenunciationDrafts denunciations;

    Drafts(RemediationService remediation, UserDirectory users, ComplaintDrafts complaints, DisciplineDrafts discipline,
           DenunciationDrafts denunciations) {
        this.remediation = remediation;
        this.users = users;
        this.complaints = complaints;
        this.discipline = discipline;
        this.denunciations = denunciations;
    }

    OfficialDocument draft(DocumentKind kind, StepFacts facts) {
        return switch (kind) {
            case DECISION -> decision(facts);
            case PLAN -> plan(facts);
            case REPORT_OUTLINE -> outline(facts);
            case CONCLUSION_NOTICE -> notice(facts);
            case EXPLANATION_REQUEST -> explanationRequest(facts);
            case COMPLAINT_REPLY -> complaints.reply(facts);
            case COMPLAINT_DECISION -> complaints.decision(facts);
            case DISCIPLINE_DECISION -> discipline.decision(facts);
            case DISCIPLINE_MINUTES -> discipline.minutes(facts);
            case DENUNCIATION_REFERRAL -> denunciations.referral(facts);
            case DENUNCIATION_RESULT -> denunciations.result(facts);
        };
    }

    private OfficialDocument decision(StepFacts f) {
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
        if (f.text("reason") != null) {
            body.add(text("Ý kiến chỉ đạo của Thường trực Ủy ban Kiểm tra: " + f.text("reason")));
        }
        body.add(text("Điều 2. Thành lập đoàn " + w.activity() + " gồm các đồng chí: " + f.team() + "."));
        body.add(text("Điều 3. Đoàn " + w.activity() + ", " + subject + " và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
                + "thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký."));
        return document(f, "QUYẾT ĐỊNH", w.activity() + " " + w.description() + " đối với " + subject, body,
                List.of("- Như Điều 3,", "- Thường trực cấp ủy (để báo cáo),", filedIn(f)), COMMITTEE_SIGNS);
    }

    private OfficialDocument plan(StepFacts f) {
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
        body.add(text(f.text("team") != null ? f.text("team") : f.team()));
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

    private OfficialDocument outline(StepFacts f) {
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

    private OfficialDocument notice(StepFacts f) {
        Wording w = f.wording();
        String subject = f.caseFile().getSubjectName();
        ConclusionNotice notice = remediation.noticesOf(f.caseFile().getId()).stream()
                .max(Comparator.comparing(ConclusionNotice::getIssuedAt).thenComparing(ConclusionNotice::getId))
                .orElseThrow(() -> new IllegalStateException("no conclusion notice in case " + f.caseFile().getId()));
        String decision = f.earlier(DocumentKind.DECISION);
        boolean cell = f.issuer().isCell();
        String issuer = cell ? "Chi bộ" : "Ủy ban Kiểm tra";
        List<Block> body = new ArrayList<>();
        body.add(text(cell
                ? "Thực hiện kế hoạch kiểm tra đã được hội nghị chi bộ thông qua, chi bộ đã " + w.activity() + " " + w.description()
                        + " đối với " + subject + ". Xét báo cáo tự kiểm tra và dự thảo kết quả kiểm tra, hội nghị chi bộ đã kết luận như sau:"
                : "Thực hiện Quyết định " + (decision == null ? "" : "số " + decision + " ") + "của Ủy ban Kiểm tra, đoàn "
                        + w.activity() + " đã tiến hành " + w.activity() + " " + w.description() + " đối với " + subject + ". Xét báo cáo "
                        + "của đoàn " + w.activity() + ", Ủy ban Kiểm tra đã họp và kết luận như sau:"));
        body.add(heading("1. Kết luận"));
        body.add(text(capitalise(subject) + " " + notice.getOutcome().vietnamese() + "."));
        lines(notice.getFindings()).forEach(line -> body.add(text(line)));
        body.add(text("Kết quả biểu quyết: " + notice.getVotesFor() + " tán thành, " + notice.getVotesAgainst()
                + " không tán thành, " + notice.getVotesAbstain() + " không biểu quyết."));
        body.add(heading("2. Yêu cầu khắc phục"));
        for (RemediationRequirement r : notice.getRequirements()) {
            body.add(text("2." + r.getSeq() + ". " + sentence(r.getContent()) + " Thực hiện: " + r.getOwnerName() + ". Hạn hoàn thành: "
                    + DMY.format(r.getDueDate()) + "."));
        }
        body.add(heading("3. Tổ chức thực hiện"));
        body.add(text(capitalise(subject) + " xây dựng kế hoạch khắc phục và báo cáo kết quả thực hiện từng yêu cầu với "
                + issuer + " theo thời hạn trên."));
        return document(f, "THÔNG BÁO KẾT LUẬN " + upper(w.activity()), w.description() + " đối với " + subject, body,
                List.of("- " + subject + " (để thực hiện),", cell ? "- Cấp ủy cấp trên (để báo cáo)," : "- Thường trực cấp ủy (để báo cáo),",
                        filedIn(f)), COMMITTEE_SIGNS);
    }

    /** Asset verification: the committee asks the declarant to explain, by a date (procedures.md §1i). */
    private OfficialDocument explanationRequest(StepFacts f) {
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

    /** The layout's fixed parts around a body; every text is put into NFC so fonts find the precomposed glyphs. */
    static OfficialDocument document(StepFacts f, String title, String subtitle, List<Block> body,
                                             List<String> recipients, Signature signature) {
        Letterhead.Issuer issuer = f.issuer();
        LocalDate d = f.date();
        String placeAndDate = (issuer.place().isEmpty() ? "" : issuer.place() + ", ") + "ngày " + d.getDayOfMonth()
                + " tháng " + d.getMonthValue() + " năm " + d.getYear();
        // the committee's signature is the issuer's: a cell signs "T/M CHI BỘ", "BÍ THƯ"
        Signature signs = signature == COMMITTEE_SIGNS ? new Signature(issuer.onBehalfOf(), issuer.position(), issuer.chairName())
                : new Signature(signature.onBehalfOf(), signature.position(),
                        signature.name() == null ? issuer.chairName() : signature.name());
        return new OfficialDocument(nfc(issuer.parentBody()), nfc(issuer.body()), f.number() == null ? null : "Số " + nfc(f.number()),
                nfc(placeAndDate), nfc(title), nfc(subtitle),
                body.stream().map(b -> new Block(nfc(b.text()), b.style())).toList(),
                recipients.stream().map(Drafts::nfc).toList(),
                new Signature(nfc(signs.onBehalfOf()), nfc(signs.position()), nfc(signs.name())));
    }

    static String filedIn(StepFacts f) {
        return "- Lưu hồ sơ " + f.caseFile().getCaseNumber() + ".";
    }

    private String fullName(String username) {
        return users.find(username).map(AppUser::getFullName).orElse(username);
    }

    private static String sentence(String s) {
        return s.matches(".*[.!?;:]$") ? s : s + ".";
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    static String upper(String s) {
        return s.toUpperCase(Letterhead.VIETNAMESE);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Letterhead.VIETNAMESE) + s.substring(1);
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
