package vn.ktgs.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.Locale;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/** The frame around every view: side navigation built from {@code @Menu} entries, the user, language, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(user.getFullName() + " (" + user.getUsername() + ")");
        who.setId("current-user");
        Button language = new Button(getLocale().getLanguage().equals("vi") ? "English" : "Tiếng Việt", e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("nav.logout"), e -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(title, who, language, logout);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(who);
        bar.setWidthFull();
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }

    private void switchLanguage() {
        Locale next = getLocale().getLanguage().equals("vi") ? Locale.ENGLISH : LocaleSetup.VIETNAMESE;
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(next);
            ui.setLocale(next);
            ui.getPage().reload();
        });
    }
}
