package vn.ktgs.casefile;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.ktgs.organization.KtgsUser;

/** A feature's part of the case page (e.g. conclusion notices), so the case page needs no feature imports. */
public interface CaseFileSection {

    /** Translation key of the section heading. */
    String titleKey();

    Optional<Component> render(CaseFile caseFile, KtgsUser user);
}
