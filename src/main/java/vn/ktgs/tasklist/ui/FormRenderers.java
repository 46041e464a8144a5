package vn.ktgs.tasklist.ui;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OptionsProvider;
import vn.ktgs.tasklist.form.FormDefinition;

/** Renders a form for a user: with the lookups the user may search and today's date by KTGS's clock. */
@Component
public class FormRenderers {

    private final List<OptionsProvider> providers;
    private final Clock clock;

    FormRenderers(List<OptionsProvider> providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    public FormRenderer.Rendered render(FormDefinition definition, KtgsUser user) {
        return new FormRenderer(providers, user, VietnamTime.localDate(clock.instant())).render(definition);
    }
}
