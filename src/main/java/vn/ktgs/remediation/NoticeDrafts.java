package vn.ktgs.remediation;

import static vn.ktgs.document.Drafting.*;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument;
import vn.ktgs.document.StepFacts;
import vn.ktgs.document.Wording;

/** The conclusion notice of an inspection or a supervision: the outcome, the vote and the requirements to remediate. */
@Component
public class NoticeDrafts {

    private final RemediationService notices;

    NoticeDrafts(RemediationService notices) {
        this.notices = notices;
    }

    public OfficialDocument notice(StepFacts f) {
        Wording w = f.wording();
        String subject = f.caseFile().getSubjectName();
        ConclusionNotice notice = notices.noticesOf(f.caseFile().getId()).stream()
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
}
