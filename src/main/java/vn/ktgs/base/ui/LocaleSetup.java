package vn.ktgs.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vietnamese first, whatever the browser says; English is a click away in the top bar. */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(VIETNAMESE));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }
}
