package vn.ktgs.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.supervision.SignService;
import vn.ktgs.supervision.ViolationSign;

/** "Dấu hiệu vi phạm" on a case page: the sign behind an inspection, or decided in this case, with its source. */
@org.springframework.stereotype.Component
@Order(1)
class SignSection implements CaseFileSection {

    private final SignService signs;

    SignSection(SignService signs) {
        this.signs = signs;
    }

    @Override
    public String titleKey() {
        return "case.signs";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<ViolationSign> list = signs.ofCase(caseFile.getId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Div div = new Div();
        div.setId("case-signs");
        for (ViolationSign s : list) {
            String decision = switch (s.getStatus()) {
                case AWAITING -> div.getTranslation("sign.AWAITING");
                case INSPECTED -> div.getTranslation("sign.INSPECTED") + " (" + s.getDecidedBy() + ", " + Formats.dateTime(s.getDecidedAt()) + ")";
                case DISMISSED -> div.getTranslation("sign.DISMISSED") + " (" + s.getDecidedBy() + "): " + s.getDismissReason();
            };
            div.add(new Paragraph(Formats.date(s.getRaisedOn()) + " · " + div.getTranslation("source." + s.getSource().name())
                    + " · " + s.getSubjectName() + ": " + s.getContent() + " · " + decision));
        }
        return Optional.of(div);
    }
}
