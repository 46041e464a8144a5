package vn.ktgs.denunciation;

import static vn.ktgs.document.DocumentTemplate.always;
import static vn.ktgs.document.OfficialDocument.Block.*;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.document.DocumentTemplate;
import vn.ktgs.document.DocumentTemplates;
import vn.ktgs.document.Drafting;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument;
import vn.ktgs.document.StepFacts;
import vn.ktgs.document.Wording;

/**
 * The committee's letters about a denunciation: the referral when the competent body is outside the party, and the
 * result of the resolution. Both stay in the case file, which everyone who may see the case reads, so neither names
 * the denouncer: they are addressed to "the denouncer" and the name goes only on the envelope (the mail to their own
 * address, denunciation/Letters). See docs/denunciations.md "who can see what".
 */
@Component
class DenunciationDocuments implements DocumentTemplates {

    /** The referral is drafted at registration, a step without a task: {@code Letters} asks for it under this name. */
    static final String REFERRAL = "Referral";
    static final Wording WORDING = new Wording("giải quyết tố cáo", "", "báo cáo giải trình");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String REFERRAL_ADDRESSEE = "Người gửi đơn tố cáo (theo địa chỉ ghi trên đơn)";
    static final String RESULT_ADDRESSEE = "Người tố cáo (theo địa chỉ đã xác nhận)";

    private final DenunciationLetters letters;

    DenunciationDocuments(DenunciationLetters letters) {
        this.letters = letters;
    }

    @Override
    public List<DocumentTemplate> templates() {
        String key = DenunciationProcess.KEY;
        return List.of(
                new DocumentTemplate(key, REFERRAL, DocumentKind.DENUNCIATION_REFERRAL, WORDING, always(), this::referral),
                new DocumentTemplate(key, DenunciationProcess.TASK_SEND_RESULT, DocumentKind.DENUNCIATION_RESULT, WORDING, always(),
                        this::result));
    }

    OfficialDocument referral(StepFacts f) {
        DenunciationLetter l = letters.of(f.caseFile().getId());
        List<Block> body = new ArrayList<>();
        body.add(text("Kính gửi: " + REFERRAL_ADDRESSEE + "."));
        body.add(text(l.committeeName() + " đã nhận đơn tố cáo ngày " + DMY.format(l.receivedOn()) + " về " + l.accusedName() + "."));
        body.add(text("Nội dung đơn không thuộc thẩm quyền giải quyết của tổ chức đảng. Đề nghị người tố cáo gửi đơn đến "
                + l.outsideBody() + " để được xem xét, giải quyết theo quy định."));
        body.add(text("Ủy ban Kiểm tra hướng dẫn để người tố cáo biết, thực hiện."));
        return Drafting.document(f, "CÔNG VĂN", "V/v hướng dẫn người tố cáo", body,
                List.of("- " + REFERRAL_ADDRESSEE + ",", Drafting.filedIn(f)), Drafting.COMMITTEE_SIGNS);
    }

    OfficialDocument result(StepFacts f) {
        DenunciationLetter l = letters.of(f.caseFile().getId());
        List<Block> body = new ArrayList<>();
        body.add(text("Kính gửi: " + RESULT_ADDRESSEE + "."));
        body.add(text(l.committeeName() + " thông báo kết quả giải quyết đơn tố cáo nhận ngày " + DMY.format(l.receivedOn())
                + " về " + l.accusedName() + ": nội dung tố cáo " + l.conclusion() + "."));
        Drafting.lines(f.text("summary")).forEach(line -> body.add(text(line)));
        body.add(text("Ủy ban Kiểm tra thông báo để người tố cáo biết."));
        return Drafting.document(f, "CÔNG VĂN", "V/v thông báo kết quả giải quyết tố cáo", body,
                List.of("- " + RESULT_ADDRESSEE + ",", "- " + Drafting.capitalise(l.accusedName()) + " (để biết),", Drafting.filedIn(f)),
                Drafting.COMMITTEE_SIGNS);
    }
}
