package vn.ktgs.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
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
