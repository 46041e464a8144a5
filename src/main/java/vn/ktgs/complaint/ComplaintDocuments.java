package vn.ktgs.complaint;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.DocumentTemplate.approved;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.Drafting;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument;
import vn.ktgs.document.StandardDrafts;
import vn.ktgs.document.StepFacts;
import vn.ktgs.document.Wording;

/**
 * The documents of discipline-complaint: a complaint not accepted gets a reasoned reply (at intake's verdict or the standing
 * board's); an accepted one the decision and plan of its resolution, then the committee's decision on it.
 */
@Component
class ComplaintDocuments implements DocumentTemplates {

    static final Wording WORDING = new Wording("giải quyết khiếu nại", "kỷ luật", "báo cáo");

    private final ComplaintLetters letters;
    private final StandardDrafts standard;

    ComplaintDocuments(ComplaintLetters letters, StandardDrafts standard) {
        this.letters = letters;
        this.standard = standard;
    }

    @Override
    public List<DocumentTemplate> templates() {
        String key = ComplaintProcess.KEY;
        return List.of(
                // no reply when the standing members accept the complaint after all (replyDecision ACCEPT)
                new DocumentTemplate(key, ComplaintProcess.TASK_APPROVE_REPLY, DocumentKind.COMPLAINT_REPLY, WORDING,
                        values -> !"ACCEPT".equals(String.valueOf(values.get("replyDecision"))), this::reply),
                new DocumentTemplate(key, ComplaintProcess.TASK_APPROVE_DECISION, DocumentKind.COMPLAINT_REPLY, WORDING,
                        approved().negate(), this::reply),
                new DocumentTemplate(key, ComplaintProcess.TASK_APPROVE_DECISION, DocumentKind.DECISION, WORDING, approved(),
                        standard::decision),
                new DocumentTemplate(key, ComplaintProcess.TASK_APPROVE_DECISION, DocumentKind.PLAN, WORDING, approved(), standard::plan),
                new DocumentTemplate(key, ComplaintProcess.TASK_DECIDE, DocumentKind.COMPLAINT_DECISION, WORDING, always(), this::decision));
    }

    OfficialDocument reply(StepFacts f) {
        ComplaintLetter l = letters.of(f.caseFile().getId());
        List<Block> body = new ArrayList<>();
        body.add(text("Kính gửi đồng chí " + l.complainantName() + "."));
        body.add(text("Ủy ban Kiểm tra đã nhận đơn " + l.letterDate() + " của đồng chí khiếu nại Quyết định kỷ luật số "
                + l.decisionNumber() + " ngày " + l.decidedOn() + " của " + l.decidingOrgName() + " (hình thức " + l.formName() + ")."));
        body.add(text("Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương, đơn không thuộc trường hợp "
                + "được thụ lý giải quyết, vì:"));
        l.reasons().forEach(r -> body.add(text("- " + r)));
        if (l.note() != null && !l.note().isBlank()) {
            body.add(text("Ý kiến của Thường trực Ủy ban Kiểm tra: " + l.note()));
        }
        if (l.denounceSeparately() != null) {
            body.add(text(l.denounceSeparately()));
        }
        body.add(text("Ủy ban Kiểm tra trả lời để đồng chí biết."));
        return Drafting.document(f, "TRẢ LỜI ĐƠN KHIẾU NẠI KỶ LUẬT", "của đồng chí " + l.complainantName(), body,
                List.of("- Đồng chí " + l.complainantName() + (l.replyAddress() == null ? "," : " (" + l.replyAddress() + "),"),
                        "- " + l.decidingOrgName() + " (để biết),", Drafting.filedIn(f)), Drafting.COMMITTEE_SIGNS);
    }

    OfficialDocument decision(StepFacts f) {
        ComplaintLetter l = letters.of(f.caseFile().getId());
        List<Block> body = new ArrayList<>();
        body.add(italic("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
        body.add(italic("Căn cứ Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, "
                + "giám sát và kỷ luật của Đảng;"));
        body.add(italic("Xét đơn khiếu nại " + l.letterDate() + " của đồng chí " + l.complainantName() + " về Quyết định kỷ luật số "
                + l.decisionNumber() + " của " + l.decidingOrgName() + " và báo cáo kết quả giải quyết khiếu nại,"));
        body.add(centred("QUYẾT ĐỊNH:"));
        body.add(text("Điều 1. " + l.outcome()));
        body.add(text("Căn cứ, lý do: " + l.note()));
        body.add(text("Điều 2. " + l.decidingOrgName() + ", đồng chí " + l.complainantName() + " và các tổ chức, cá nhân có liên quan "
                + "chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký."));
        if (l.denounceSeparately() != null) {
            body.add(text(l.denounceSeparately()));
        }
        return Drafting.document(f, "QUYẾT ĐỊNH", "giải quyết khiếu nại kỷ luật của đồng chí " + l.complainantName(), body,
                List.of("- Như Điều 2,", "- Thường trực cấp ủy (để báo cáo),", Drafting.filedIn(f)), Drafting.COMMITTEE_SIGNS);
    }
}
