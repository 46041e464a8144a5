package vn.ktgs.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.ktgs.base.ui.MainLayout;
import vn.ktgs.kernel.Option;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ktgs.organization.KtgsUser;

/** Server-side UI tests with Karibu: real views, services and database, no browser. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.ktgs");

    @Autowired protected ApplicationContext context;
    @Autowired protected CaseDriver driver;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.forLanguageTag("vi-VN"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Confirms the dialog that a step which cannot be undone opens before completing, as the user does. */
    protected void confirmStep() {
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
    }

    /**
     * Types {@code values} into the rendered form's fields (ids {@code field-<key>}) as a user would, a choice by its
     * option's value; a field the form hides now is skipped.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void fillForm(Map<String, ?> values) {
        values.forEach((key, value) -> {
            List<Component> found = LocatorJ._find(Component.class, spec -> spec.withId("field-" + key));
            if (found.isEmpty() || value == null || !found.get(0).isVisible()) {
                return;
            }
            Component field = found.get(0);
            Object typed;
            if (field instanceof Checkbox) {
                typed = Boolean.valueOf(value.toString());
            } else if (field instanceof IntegerField) {
                typed = Integer.valueOf(value.toString());
            } else if (field instanceof DatePicker) {
                typed = value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
            } else if (field instanceof RadioButtonGroup r) {
                typed = option(r.getListDataView().getItems(), value);
            } else if (field instanceof Select sel) {
                typed = option(sel.getListDataView().getItems(), value);
            } else if (field instanceof ComboBox) {
                typed = new Option(value.toString(), value.toString()); // a lookup: only its value is read
            } else {
                typed = value.toString();
            }
            LocatorJ._setValue((HasValue) field, typed);
        });
    }

    private static Object option(Stream<?> options, Object value) {
        return options.filter(o -> ((Option) o).value().equals(value.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + value));
    }

    /** The user reads English, as after the top bar's button in this session (the saved language is not applied again). */
    protected void english() {
        VaadinSession.getCurrent().setAttribute(MainLayout.LANGUAGE_APPLIED, true);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** A new browser session for the user, as after signing out and in: the layout and views are built anew. */
    protected KtgsUser signInAnew(String username) {
        MockVaadin.tearDown();
        setUpVaadin();
        return login(username);
    }

    /** Signs the user in for Spring Security and for Vaadin's view access checks. */
    protected KtgsUser login(String username) {
        KtgsUser user = driver.user(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }
}
