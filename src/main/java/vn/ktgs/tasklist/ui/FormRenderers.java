package vn.ktgs.tasklist.ui;

import java.time.Clock;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OptionsProvider;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormTranslation;

/** Renders a form for a user: with the lookups the user may search and today's date by KTGS's clock. */
@Component
public class FormRenderers {

    private final List<OptionsProvider> providers;
    private final Clock clock;

    FormRenderers(List<OptionsProvider> providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    /** The form in the reader's language (the UI's locale; Vietnamese outside a UI). */
    public FormRenderer.Rendered render(FormDefinition definition, KtgsUser user) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        return new FormRenderer(providers, user, VietnamTime.localDate(clock.instant())).render(FormTranslation.localize(definition, locale));
    }
}
